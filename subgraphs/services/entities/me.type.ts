import { Directive, Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

/** The signed-on citizen (the consent subgraph's entity), given their service applications here. */
@ObjectType()
@Directive('@key(fields: "nik")')
export class Me {
  @Field(() => NIKScalar, { description: "The signed-on citizen's NIK." })
  nik!: string;
}
