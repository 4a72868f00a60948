import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "Social-assistance eligibility derived from the welfare decile and the programmes' rules." })
export class Eligibility {
  @Field({ description: 'Program Keluarga Harapan (conditional cash transfer).' })
  pkh!: boolean;

  @Field({ description: 'Bantuan Pangan Non Tunai / Sembako (food assistance).' })
  bpnt!: boolean;

  @Field({ description: 'Penerima Bantuan Iuran JKN: health-insurance premium paid by the state.' })
  pbiJk!: boolean;

  @Field(() => Int, {
    description: "The household's welfare decile the eligibility was decided on (1 = poorest tenth).",
  })
  welfareDecile!: number;

  @Field(() => [String], {
    description: 'Why a programme does not apply, e.g. "PKH: decile 6 is above the cut-off 4".',
  })
  reasons!: string[];
}
