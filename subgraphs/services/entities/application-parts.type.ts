import { Field, ObjectType } from 'type-graphql';

/** One field of an application as the graph filled it, and the scope it was read under. */
@ObjectType({ description: 'A field of an application filled from the graph at submission.' })
export class PrefilledField {
  @Field(() => String, { description: 'What the field is, e.g. "Full name".' })
  label!: string;

  @Field(() => String, { description: 'Its value at submission.' })
  value!: string;

  @Field(() => String, { description: 'The scope the value was read under, e.g. population.identity.' })
  scope!: string;
}

/** A requirement of the service, as checked at submission against the graph. */
@ObjectType({ description: "A service requirement as checked at submission against the applicant's data." })
export class RequirementCheck {
  @Field(() => String, { description: 'The requirement.' })
  requirement!: string;

  @Field(() => Boolean, { description: 'Whether it was met.' })
  met!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, when it was not met.' })
  detail?: string | null;

  @Field(() => String, { description: 'The scope the check read.' })
  scope!: string;
}
