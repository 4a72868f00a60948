import type { DecisionInputs } from './entities/decision-inputs.type';
import type { EligibilityDecision } from './entities/eligibility-decision.type';
import type { EligibilityObjection } from './entities/eligibility-objection.entity';
import type { Eligibility } from './entities/eligibility.type';
import type { ProgrammeRule } from './entities/programme-rule.entity';
import { DecisionStatus, ObjectionOutcome, ObjectionStatus } from './entities/objection.enums';
import { EmploymentSector, Programme } from './entities/regsosek.enums';

/** What deciding needs of a rule; a rule without a version is version 1 (as the migration loads them). */
export type RuleTerms = Pick<ProgrammeRule, 'programme' | 'maxDecile' | 'excludedSectors'> & { version?: number };

/** One programme's decision by the rules alone, with what it was made from. */
export interface AutomatedDecision {
  programme: Programme;
  eligible: boolean;
  ruleVersion: number | null;
  inputs: DecisionInputs;
  /** Why it does not apply; null when it does. */
  reason: string | null;
}

const PROGRAMMES = [Programme.PKH, Programme.BPNT, Programme.PBI_JK] as const;

/**
 * Decides each programme from a household's welfare decile, the sectors its members work in, and the
 * programmes' rules. A programme without a rule is not granted (deny by default).
 */
export function decideProgrammes(
  welfareDecile: number,
  memberSectors: readonly EmploymentSector[],
  rules: readonly RuleTerms[],
): AutomatedDecision[] {
  return PROGRAMMES.map((programme) => {
    const rule = rules.find((r) => r.programme === programme);
    const inputs: DecisionInputs = {
      welfareDecile,
      maxDecile: rule?.maxDecile ?? null,
      excludedSectors: [...(rule?.excludedSectors ?? [])],
      memberSectors: [...memberSectors],
    };
    const decided = (reason: string | null) => ({
      programme,
      eligible: reason === null,
      ruleVersion: rule ? (rule.version ?? 1) : null,
      inputs,
      reason: reason && `${programme}: ${reason}`,
    });
    if (!rule) return decided('no rule is configured');
    if (welfareDecile > rule.maxDecile)
      return decided(`decile ${welfareDecile} is above the cut-off ${rule.maxDecile}`);
    const excluded = memberSectors.find((sector) => rule.excludedSectors.includes(sector));
    if (excluded) return decided(`a household member works in an excluded sector (${excluded})`);
    return decided(null);
  });
}

/** A household's eligibility by the rules alone (no objection, no review). */
export function decideEligibility(
  welfareDecile: number,
  memberSectors: readonly EmploymentSector[],
  rules: readonly RuleTerms[],
): Omit<Eligibility, 'contested' | 'decisions'> {
  const decided = decideProgrammes(welfareDecile, memberSectors, rules);
  const eligible = (programme: Programme) => decided.find((d) => d.programme === programme)!.eligible;
  return {
    pkh: eligible(Programme.PKH),
    bpnt: eligible(Programme.BPNT),
    pbiJk: eligible(Programme.PBI_JK),
    welfareDecile,
    reasons: decided.flatMap((d) => (d.reason ? [d.reason] : [])),
  };
}

/** Whether two decisions were made from the same inputs (as kept in jsonb, whose key order is its own). */
export function sameInputs(a: DecisionInputs, b: DecisionInputs): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.welfareDecile === b.welfareDecile &&
    a.maxDecile === b.maxDecile &&
    same(a.excludedSectors, b.excludedSectors) &&
    same(a.memberSectors, b.memberSectors)
  );
}

/**
 * One programme's decision as served, given the person's latest objection to it (if any):
 * - an open objection makes it CONTESTED (never final), whatever changed since it was made;
 * - an answered one counts only for the decision it reviewed, the same rule version and inputs: UPHELD keeps
 *   the outcome, OVERTURNED reverses it (the officer's outcome is served), both saying a person reviewed it;
 * - otherwise (no objection, or one about an earlier decision) the rules' outcome is FINAL.
 */
export function servedDecision(
  automated: AutomatedDecision,
  latest: EligibilityObjection | null,
): EligibilityDecision & { reason: string | null } {
  const served = { ...automated, status: DecisionStatus.FINAL, final: true, objection: latest };
  if (!latest) return served;
  if (latest.status === ObjectionStatus.OPEN) return { ...served, status: DecisionStatus.CONTESTED, final: false };
  const reviewed = latest.ruleVersion === automated.ruleVersion && sameInputs(latest.inputs, automated.inputs);
  if (!reviewed) return served;
  if (latest.outcome === ObjectionOutcome.UPHELD) return { ...served, status: DecisionStatus.REVIEWED_UPHELD };
  const eligible = !latest.eligible;
  return {
    ...served,
    status: DecisionStatus.REVIEWED_OVERTURNED,
    eligible,
    reason: eligible ? null : `${automated.programme}: not eligible on review by Kementerian Sosial`,
  };
}

/**
 * A household's eligibility as served to one person: the rules' decisions with that person's objections
 * (`latest`: their latest objection per programme) applied.
 */
export function servedEligibility(
  welfareDecile: number,
  memberSectors: readonly EmploymentSector[],
  rules: readonly RuleTerms[],
  latest: readonly EligibilityObjection[],
): Eligibility {
  const served = decideProgrammes(welfareDecile, memberSectors, rules).map((decided) =>
    servedDecision(decided, latest.find((o) => o.programme === decided.programme) ?? null),
  );
  const eligible = (programme: Programme) => served.find((d) => d.programme === programme)!.eligible;
  return {
    pkh: eligible(Programme.PKH),
    bpnt: eligible(Programme.BPNT),
    pbiJk: eligible(Programme.PBI_JK),
    welfareDecile,
    reasons: served.flatMap((d) => (d.reason ? [d.reason] : [])),
    contested: served.some((d) => d.status === DecisionStatus.CONTESTED),
    decisions: served.map(({ reason: _reason, ...decision }) => decision),
  };
}

/** The cut-offs in force when the hub was written (DOMAIN.md); the migration loads them as the initial rules. */
export const DEFAULT_RULES: readonly RuleTerms[] = [
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
