import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** The kinds of request the consent subgraph keeps (an objection is regsosek's, which makes the decision). */
export enum KeptRightsRequestKind {
  DATA_EXPORT = 'DATA_EXPORT',
  CORRECTION = 'CORRECTION',
}

/**
 * A data subject's request under UU PDP, kept for its deadline and the monthly report: when it came, when it is
 * due, who has to answer it, when it was answered and how. An export is answered as it is made (the package is
 * the citizen's, handed over and never stored here: the row keeps its digest and size only).
 */
@Entity({ schema: 'consent', tableName: 'rights_request' })
export class RightsRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => KeptRightsRequestKind, type: 'text' })
  kind!: KeptRightsRequestKind;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  /** The agency that has to answer it. */
  @Property({ type: 'text' })
  agency!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  answeredAt: (Date & Opt) | null = null;

  /** DELIVERED (an export), ACCEPTED or REJECTED (a correction). */
  @Property({ type: 'text', nullable: true })
  outcome: (string & Opt) | null = null;

  /** What the request is about and how it was answered, by kind (an export: its id, digest, size, files). */
  @Property({ type: 'json' })
  detail!: Record<string, unknown>;
}
