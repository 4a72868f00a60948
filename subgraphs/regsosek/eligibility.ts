import type { Eligibility } from './entities/eligibility.type';
import type { ProgrammeRule } from './entities/programme-rule.entity';
import { EmploymentSector, Programme } from './entities/regsosek.enums';

/**
 * Decides a household's eligibility for each programme from its welfare decile, the sectors its members work
 * in, and the programmes' rules. A programme without a rule is not granted (deny by default).
 */
export function decideEligibility(
  welfareDecile: number,
  memberSectors: readonly EmploymentSector[],
  rules: readonly ProgrammeRule[],
): Eligibility {
  const reasons: string[] = [];
  const decide = (programme: Programme): boolean => {
    const rule = rules.find((r) => r.programme === programme);
    if (!rule) {
      reasons.push(`${programme}: no rule is configured`);
      return false;
    }
    if (welfareDecile > rule.maxDecile) {
      reasons.push(`${programme}: decile ${welfareDecile} is above the cut-off ${rule.maxDecile}`);
      return false;
    }
    const excluded = memberSectors.find((sector) => rule.excludedSectors.includes(sector));
    if (excluded) {
      reasons.push(`${programme}: a household member works in an excluded sector (${excluded})`);
      return false;
    }
    return true;
  };
  return {
    pkh: decide(Programme.PKH),
    bpnt: decide(Programme.BPNT),
    pbiJk: decide(Programme.PBI_JK),
    welfareDecile,
    reasons,
  };
}

/** The cut-offs in force when the hub was written (DOMAIN.md); the migration loads them as the initial rules. */
export const DEFAULT_RULES: readonly ProgrammeRule[] = [
  {
    programme: Programme.PKH,
    maxDecile: 4,
    excludedSectors: [EmploymentSector.GOVERNMENT, EmploymentSector.MILITARY_POLICE, EmploymentSector.STATE_ENTERPRISE],
  },
  {
    programme: Programme.BPNT,
    maxDecile: 4,
    excludedSectors: [EmploymentSector.GOVERNMENT, EmploymentSector.MILITARY_POLICE, EmploymentSector.STATE_ENTERPRISE],
  },
  {
    programme: Programme.PBI_JK,
    maxDecile: 5,
    excludedSectors: [EmploymentSector.GOVERNMENT, EmploymentSector.MILITARY_POLICE, EmploymentSector.STATE_ENTERPRISE],
  },
];
