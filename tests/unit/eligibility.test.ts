import { DEFAULT_RULES, decideEligibility } from '../../subgraphs/regsosek/eligibility';
import { EmploymentSector, Programme } from '../../subgraphs/regsosek/entities/regsosek.enums';

describe('programme eligibility', () => {
  it('grants every programme to a poor household with no excluded member', () => {
    expect(decideEligibility(2, [EmploymentSector.AGRICULTURE, EmploymentSector.NONE], DEFAULT_RULES)).toEqual({
      pkh: true,
      bpnt: true,
      pbiJk: true,
      welfareDecile: 2,
      reasons: [],
    });
  });

  it("applies each programme's own cut-off: decile 5 keeps PBI-JK only", () => {
    const result = decideEligibility(5, [EmploymentSector.PRIVATE], DEFAULT_RULES);
    expect(result).toMatchObject({ pkh: false, bpnt: false, pbiJk: true });
    expect(result.reasons).toEqual(['PKH: decile 5 is above the cut-off 4', 'BPNT: decile 5 is above the cut-off 4']);
  });

  it('excludes a household with a civil servant, soldier, police officer or state-company employee', () => {
    for (const sector of [
      EmploymentSector.GOVERNMENT,
      EmploymentSector.MILITARY_POLICE,
      EmploymentSector.STATE_ENTERPRISE,
    ]) {
      const result = decideEligibility(1, [EmploymentSector.NONE, sector], DEFAULT_RULES);
      expect(result).toMatchObject({ pkh: false, bpnt: false, pbiJk: false });
      expect(result.reasons[0]).toBe(`PKH: a household member works in an excluded sector (${sector})`);
    }
  });

  it('follows changed cut-offs, and denies a programme that has no rule', () => {
    const rules = [{ programme: Programme.BPNT, maxDecile: 5, excludedSectors: [] }];
    expect(decideEligibility(5, [], rules)).toMatchObject({
      pkh: false,
      bpnt: true,
      pbiJk: false,
      reasons: ['PKH: no rule is configured', 'PBI_JK: no rule is configured'],
    });
  });
});
