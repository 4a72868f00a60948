import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One version of the disclosure control settings (append-only; the newest is in force). */
@Entity({ schema: 'insights', tableName: 'disclosure_setting' })
export class DisclosureSetting {
  @PrimaryKey({ type: 'integer' })
  version!: number;

  @Property({ type: 'integer' })
  minCellSize!: number;

  @Property({ type: 'integer' })
  maxPerturbation!: number;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  changedAt: Date & Opt = new Date();
}
