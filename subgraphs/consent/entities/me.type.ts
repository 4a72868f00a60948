import { Directive, Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

/** The signed-on citizen. An entity, so other subgraphs can add what a citizen sees of their own. */
@ObjectType({ description: 'The signed-on citizen: their profile and their consents.' })
@Directive('@key(fields: "nik")')
export class Me {
  @Field(() => NIKScalar, { description: "The signed-on citizen's NIK." })
  nik!: string;
}
