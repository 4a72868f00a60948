import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { EmploymentSector, Programme } from './regsosek.enums';

/**
 * How a programme decides eligibility from DTSEN: households up to a welfare decile, unless a member works in
 * an excluded sector. Kept as data (DOMAIN.md: cut-offs are policy and change), not as constants.
 */
@Entity({ schema: 'regsosek', tableName: 'programme_rule' })
export class ProgrammeRule {
  @PrimaryKey({ type: 'text' })
  programme!: Programme;

  @Property({ type: 'smallint' })
  maxDecile!: number;

  @Property({ type: ArrayType, columnType: 'text[]' })
  excludedSectors!: EmploymentSector[];
}
