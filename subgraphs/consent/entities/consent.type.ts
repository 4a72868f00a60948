import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentStatus } from './consent.enums';

/** A citizen's consent as it stands: its grant, and its revocation if any (from the append-only history). */
@ObjectType({ description: 'A consent a citizen gave one client for one purpose, over some scopes, for a time.' })
export class Consent {
  @Field(() => ID, { description: 'Consent identifier; revokeConsent takes it.' })
  id!: string;

  /** Resolved to the Client (consent.resolver.ts). */
  clientId!: string;

  /** Resolved to the Purpose (consent.resolver.ts). */
  purposeCode!: string;

  @Field(() => [String], { description: 'The scopes the consent covers (Query.scopes).' })
  scopes!: string[];

  @Field(() => Date, { description: 'When the consent starts to count.' })
  validFrom!: Date;

  @Field(() => Date, { description: 'When the consent stops counting, unless revoked before.' })
  validUntil!: Date;

  @Field(() => Date, { description: 'When the citizen granted it.' })
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the citizen withdrew it; null unless revoked.' })
  revokedAt!: Date | null;

  @Field(() => ConsentStatus, { description: "As of the server's clock now." })
  status!: ConsentStatus;

  @Field(() => GraphQLJSONObject, {
    description: 'The consent receipt given at the grant, shaped like a Kantara Consent Receipt v1.1.',
  })
  receipt!: Record<string, unknown>;
}
