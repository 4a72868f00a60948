import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { EligibilityDecision } from './eligibility-decision.type';

@ObjectType({
  description:
    "Social-assistance eligibility derived from the welfare decile and the programmes' rules, as it stands after " +
    "any officer's review of an objection. A decision the person has objected to and no officer has reviewed yet " +
    "is CONTESTED and never final (`contested`, and each decision's `status` and `final`).",
})
export class Eligibility {
  @Field({
    description:
      'Program Keluarga Harapan (conditional cash transfer): eligible as the decision stands (not final while ' +
      'contested).',
  })
  pkh!: boolean;

  @Field({
    description:
      'Bantuan Pangan Non Tunai / Sembako (food assistance): eligible as the decision stands (not final while ' +
      'contested).',
  })
  bpnt!: boolean;

  @Field({
    description:
      'Penerima Bantuan Iuran JKN: health-insurance premium paid by the state; eligible as the decision stands ' +
      '(not final while contested).',
  })
  pbiJk!: boolean;

  @Field(() => Int, {
    description: "The household's welfare decile the eligibility was decided on (1 = poorest tenth).",
  })
  welfareDecile!: number;

  @Field(() => [String], {
    description: 'Why a programme does not apply, e.g. "PKH: decile 6 is above the cut-off 4".',
  })
  reasons!: string[];

  @Field({
    description:
      "True while any programme's decision is under objection and not reviewed yet: then that decision is not " +
      'final, whatever pkh, bpnt or pbiJk say.',
  })
  contested!: boolean;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => [EligibilityDecision], {
    nullable: true,
    description: "Each programme's decision with its rule version, inputs, status and the latest objection.",
  })
  decisions!: EligibilityDecision[];
}
