import { Field, InputType, Int } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';

@InputType({ description: 'A service that may read the graph: registered anew, or changed.' })
export class ClientInput {
  @Field({ description: 'The OIDC client id: lower case letters, digits and hyphens.' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  agency!: string;

  @Field()
  contactEmail!: string;

  @Field()
  policyUrl!: string;

  @Field({ nullable: true, defaultValue: true })
  active!: boolean;
}

@InputType({ description: 'A purpose of use: defined anew, or changed.' })
export class PurposeInput {
  @Field({ description: 'Upper-case code, e.g. SOCIAL_ASSISTANCE.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ nullable: true, defaultValue: true })
  active!: boolean;
}

@InputType({ description: 'A new version of the rule for a client and purpose.' })
export class AccessRuleInput {
  @Field()
  clientId!: string;

  @Field()
  purpose!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => LegalBasis)
  legalBasis!: LegalBasis;

  @Field({ description: 'The regulation or agreement the basis rests on.' })
  legalReference!: string;
}

@InputType({ description: "A client's quota; a limit left out (null) is the hub's default." })
export class ClientQuotaInput {
  @Field(() => Int, { nullable: true, description: 'Most requests for personal data per minute, 1 to 100,000,000.' })
  requestsPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most distinct persons read per hour, 1 to 100,000,000.' })
  personsPerHour?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most distinct persons read per day (UTC), 1 to 100,000,000.' })
  personsPerDay?: number | null;
}
