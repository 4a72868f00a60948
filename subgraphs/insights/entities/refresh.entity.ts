import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A rebuild of the projection: when (as of), how many people, how long it took. */
@Entity({ schema: 'insights', tableName: 'refresh', readonly: true })
export class Refresh {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'datetime' })
  asOf!: Date;

  @Property({ type: 'integer' })
  people!: number;

  @Property({ type: 'double' })
  seconds!: number;
}
