import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "What a change to a client's trusted documents did." })
export class TrustedDocumentsRegistration {
  @Field({ description: 'The client whose operations changed.' })
  clientId!: string;

  @Field(() => Int, { description: 'Operations registered by this change.' })
  added = 0;

  @Field(() => Int, { description: 'Operations of the manifest that were registered already (left as they were).' })
  alreadyRegistered = 0;

  @Field(() => Int, { description: 'Operations removed by this change.' })
  removed = 0;

  @Field(() => Int, { description: 'Operations registered for the client now.' })
  registered = 0;
}
