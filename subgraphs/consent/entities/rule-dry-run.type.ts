import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A scope decided differently in a dry run: for how many people, in how many requests.' })
export class ScopeChange {
  @Field({ description: 'The scope, e.g. tax.profile.' })
  scope!: string;

  @Field(() => Int, { description: 'People for whom it would have been decided differently.' })
  people!: number;

  @Field(() => Int, { description: 'Requests in which it would have been decided differently.' })
  requests!: number;
}

@ObjectType({
  description:
    "A proposed rule replayed over the officers' requests of a recent window for its client and purpose: each scope " +
    'asked for decided under the rule in force now and under the proposal, at the time of the request and with the ' +
    'consents held then. Counts only: nobody is named.',
})
export class AccessRuleDryRun {
  @Field(() => Date, { description: 'Start of the window replayed.' })
  from!: Date;

  @Field(() => Date, { description: 'End of the window replayed (now).' })
  to!: Date;

  @Field(() => Int, { description: "Officers' requests replayed." })
  requests!: number;

  @Field(() => Int, { description: 'Distinct people those requests named.' })
  people!: number;

  @Field(() => Boolean, { description: 'Whether the window held more requests than one replay reads (100,000).' })
  truncated!: boolean;

  @Field(() => Int, { description: 'People for whom at least one scope would have been decided differently.' })
  changedPeople!: number;

  @Field(() => [ScopeChange], { description: 'Scopes that would have been released where they were refused.' })
  newlyReleased!: ScopeChange[];

  @Field(() => [ScopeChange], { description: 'Scopes that would have been refused where they were released.' })
  newlyRefused!: ScopeChange[];
}
