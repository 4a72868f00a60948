import { decideCompliance, dueYears } from '../../subgraphs/tax/compliance';
import type { Filing } from '../../subgraphs/tax/entities/filing.entity';
import type { TaxProfile } from '../../subgraphs/tax/entities/tax-profile.entity';

const NIK = '3204126508900001';
const taxpayer = (overrides: Partial<TaxProfile> = {}) =>
  ({ npwp: NIK, nik: NIK, status: 'ACTIVE', matchingStatus: 'VALID', ...overrides }) as TaxProfile;
const filing = (year: number, status = 'FILED') => ({ year, status }) as Filing;

describe('tax compliance (KSWP)', () => {
  it('asks for the two latest returns whose 31 March deadline has passed', () => {
    expect(dueYears(new Date('2026-11-24T00:00:00Z'))).toEqual([2025, 2024]);
    expect(dueYears(new Date('2026-03-15T00:00:00Z'))).toEqual([2024, 2023]);
  });

  it('is valid for an active, matched taxpayer who filed both', () => {
    expect(
      decideCompliance(NIK, taxpayer(), [filing(2025, 'LATE'), filing(2024)], new Date('2026-11-24T00:00:00Z')),
    ).toEqual({ nik: NIK, status: 'VALID', reasons: [] });
  });

  it('lists every reason it is invalid', () => {
    expect(decideCompliance(NIK, null, [], new Date('2026-11-24T00:00:00Z')).reasons).toEqual([
      'not registered as a taxpayer',
    ]);
    const result = decideCompliance(
      NIK,
      taxpayer({ status: 'NON_EFFECTIVE' as never, matchingStatus: 'NOT_YET_VALID' as never }),
      [filing(2025, 'NOT_FILED')],
      new Date('2026-11-24T00:00:00Z'),
    );
    expect(result).toEqual({
      nik: NIK,
      status: 'INVALID',
      reasons: [
        'NPWP is non-effective',
        'NIK-NPWP matching is not yet valid',
        'annual return for 2025 not filed',
        'annual return for 2024 not filed',
      ],
    });
  });
});
