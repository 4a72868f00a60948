import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { ConsentEventKind } from './consent.enums';

/**
 * The consent history, append-only: a grant is a GRANTED row carrying its receipt; a revocation is a REVOKED
 * row for the same consent id (window and scopes copied), never an edit. Proof of consent (UU PDP Pasal 24).
 */
@Entity({ schema: 'consent', tableName: 'consent_event' })
export class ConsentEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string & Opt;

  @Property({ type: 'uuid' })
  consentId!: string;

  @Enum({ items: () => ConsentEventKind, type: 'text' })
  kind!: ConsentEventKind;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'text' })
  clientId!: string;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Property({ type: 'datetime' })
  validFrom!: Date;

  @Property({ type: 'datetime' })
  validUntil!: Date;

  @Property({ type: 'datetime' })
  recordedAt: Date & Opt = new Date();

  @Property({ type: 'json', nullable: true })
  receipt?: Record<string, unknown> | null;
}
