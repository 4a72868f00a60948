import type { Filing } from './entities/filing.entity';
import type { TaxProfile } from './entities/tax-profile.entity';
import { ComplianceStatus, FilingStatus, MatchingStatus, TaxpayerStatus } from './entities/tax.enums';

/**
 * KSWP-style confirmation: valid when the person is a registered, active taxpayer whose NIK is matched, and
 * who filed the annual returns of the last two tax years whose deadline (31 March) has passed.
 */
export function decideCompliance(nik: string, taxpayer: TaxProfile | null, filings: readonly Filing[], asOf: Date) {
  const reasons: string[] = [];
  if (!taxpayer) reasons.push('not registered as a taxpayer');
  else {
    if (taxpayer.status === TaxpayerStatus.NON_EFFECTIVE) reasons.push('NPWP is non-effective');
    if (taxpayer.status === TaxpayerStatus.DELETED) reasons.push('NPWP is deleted');
    if (taxpayer.matchingStatus !== MatchingStatus.VALID) reasons.push('NIK-NPWP matching is not yet valid');
    for (const year of dueYears(asOf)) {
      const filing = filings.find((f) => f.year === year);
      if (!filing || filing.status === FilingStatus.NOT_FILED) reasons.push(`annual return for ${year} not filed`);
    }
  }
  return { nik, status: reasons.length === 0 ? ComplianceStatus.VALID : ComplianceStatus.INVALID, reasons };
}

/** The last two tax years whose individual return deadline (31 March of the following year) has passed. */
export function dueYears(asOf: Date): [number, number] {
  const year = asOf.getUTCFullYear();
  const deadlinePassed = asOf.getUTCMonth() > 2;
  const latest = deadlinePassed ? year - 1 : year - 2;
  return [latest, latest - 1];
}
