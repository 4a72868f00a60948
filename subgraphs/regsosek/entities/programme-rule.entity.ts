import { ArrayType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { EmploymentSector, Programme } from './regsosek.enums';

/**
 * How a programme decides eligibility from DTSEN: households up to a welfare decile, unless a member works in
 * an excluded sector. Kept as data (DOMAIN.md: cut-offs are policy and change), not as constants. Its version
 * counts its changes: the database raises it (and `changed_at`) whenever the cut-off or the sectors change, so
 * every decision names the rule it applied.
 */
@Entity({ schema: 'regsosek', tableName: 'programme_rule' })
export class ProgrammeRule {
  @PrimaryKey({ type: 'text' })
  programme!: Programme;

  @Property({ type: 'smallint' })
  maxDecile!: number;

  @Property({ type: ArrayType, columnType: 'text[]' })
  excludedSectors!: EmploymentSector[];

  @Property({ type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  changedAt: Opt<Date> = new Date();
}
