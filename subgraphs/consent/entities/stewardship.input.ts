import { Field, InputType, Int } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';

@InputType({ description: 'A service that may read the graph: registered anew, or changed.' })
export class ClientInput {
  @Field({ description: 'The OIDC client id: lower case letters, digits and hyphens.' })
  id!: string;

  @Field({ description: 'Name of the service.' })
  name!: string;

  @Field({ description: 'The agency responsible for the service (the data controller).' })
  agency!: string;

  @Field({ description: 'Where to reach whoever answers for the service.' })
  contactEmail!: string;

  @Field({ description: 'Where the service publishes its privacy policy.' })
  policyUrl!: string;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'An inactive client is refused everything. Default: true.',
  })
  active!: boolean;
}

@InputType({ description: 'A purpose of use: defined anew, or changed.' })
export class PurposeInput {
  @Field({ description: 'Upper-case code, e.g. SOCIAL_ASSISTANCE.' })
  code!: string;

  @Field({ description: 'Short name of the purpose.' })
  name!: string;

  @Field({ description: 'What the purpose covers.' })
  description!: string;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'A retired (inactive) purpose is refused in every request. Default: true.',
  })
  active!: boolean;
}

@InputType({ description: 'A new version of the rule for a client and purpose.' })
export class AccessRuleInput {
  @Field({ description: 'The client (service) the rule is for.' })
  clientId!: string;

  @Field({ description: 'The purpose code the rule is for.' })
  purpose!: string;

  @Field(() => [String], { description: 'Scopes from the catalogue (Query.scopes) the rule releases.' })
  scopes!: string[];

  @Field(() => LegalBasis, {
    description: "The lawful basis (UU PDP Pasal 20(2)); CONSENT also needs each citizen's grant.",
  })
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
