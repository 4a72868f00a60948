import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Citizen } from './citizen.type';

/** Where a correction stands: waiting for the agency, or answered. */
export enum CorrectionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(CorrectionStatus, {
  name: 'CorrectionStatus',
  description: "Where a citizen's request to correct their data stands.",
  valuesConfig: {
    PENDING: { description: 'Waiting for the agency that holds the datum to answer.' },
    ACCEPTED: {
      description:
        'The agency accepted it and corrects its register; the corrected value arrives through its connector.',
    },
    REJECTED: { description: 'The agency rejected it, with the reason in `answer`.' },
  },
});

@ObjectType({
  description:
    "A citizen's request that the agency holding a datum correct it (UU PDP Pasal 6), due within 3 x 24 hours " +
    "(Pasal 30). The citizen sees their own; the agency's officers see the ones waiting for them.",
})
export class CorrectionRequest {
  @Field(() => ID, { description: 'Correction identifier; answerCorrection takes it.' })
  id!: string;

  /** Whose data it corrects. */
  nik!: string;

  @Field({ description: 'The datum, as a copy of the citizen\'s data lists it, e.g. "citizen.fullName".' })
  field!: string;

  @Field({ description: 'The scope the datum is released under.' })
  scope!: string;

  @Field({ description: 'The agency that holds the datum and answers the request.' })
  agency!: string;

  @Field({ description: 'The value the citizen says is right.' })
  proposedValue!: string;

  @Field({ description: "What shows it, in the citizen's words (a document they hold, where it can be seen)." })
  evidence!: string;

  @Field(() => CorrectionStatus, { description: 'Where it stands.' })
  status!: CorrectionStatus;

  @Field(() => Date, { description: 'When the citizen asked.' })
  receivedAt!: Date;

  @Field(() => Date, { description: 'When the answer is due: 3 x 24 hours after it came.' })
  dueAt!: Date;

  @Field({ description: 'Not answered and past its due time.' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the agency answered.' })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The agency's answer: what it changed, or why not." })
  answer!: string | null;
}

@ObjectType({
  description: "A correction waiting on a datum of a person's data: the datum's value may be wrong, and is disputed.",
})
export class PendingCorrection {
  @Field({ description: 'The datum, e.g. "citizen.address.street".' })
  field!: string;

  @Field({ description: 'The agency that has to answer it.' })
  agency!: string;

  @Field(() => Date, { description: 'When it was asked.' })
  receivedAt!: Date;

  @Field(() => Date, { description: 'When the answer is due.' })
  dueAt!: Date;
}

/** A correction's person, for officers who read their data (the population subgraph resolves it). */
export const correctionCitizen = (correction: CorrectionRequest): Citizen => ({ nik: correction.nik });
