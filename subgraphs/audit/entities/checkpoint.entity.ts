import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A signed statement of the log's size and Merkle root (read here; written with the events it seals). */
@Entity({ schema: 'audit', tableName: 'checkpoint', readonly: true })
export class CheckpointRow {
  @PrimaryKey({ type: 'bigint' })
  size!: number;

  @Property({ type: 'blob' })
  root!: Buffer;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'text' })
  keyId!: string;

  @Property({ type: 'blob' })
  signature!: Buffer;
}
