import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A consent to one client for one purpose. The citizen is the one signed on.' })
export class GrantConsentInput {
  @Field({ description: 'The client (service) the consent is given to.' })
  clientId!: string;

  @Field({ description: 'Purpose code from the catalogue.' })
  purpose!: string;

  @Field(() => [String], { description: "Scopes the client's consent rule for this purpose lists." })
  scopes!: string[];

  @Field(() => Date, { nullable: true, description: 'Default: now. Not in the past.' })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: one year after validFrom; at most five years after it.' })
  validUntil?: Date | null;
}
