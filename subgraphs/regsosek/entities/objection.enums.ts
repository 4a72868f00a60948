import { registerEnumType } from 'type-graphql';

/** Where an objection to an automated eligibility decision stands. */
export enum ObjectionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

/** What a person's review of an automated eligibility decision concluded. */
export enum ObjectionOutcome {
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
}

/** How far an eligibility decision as served rests on the automated rules alone. */
export enum DecisionStatus {
  FINAL = 'FINAL',
  CONTESTED = 'CONTESTED',
  REVIEWED_UPHELD = 'REVIEWED_UPHELD',
  REVIEWED_OVERTURNED = 'REVIEWED_OVERTURNED',
}

registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where an objection to an automated eligibility decision stands.',
  valuesConfig: {
    OPEN: { description: 'Received, waiting for review by an officer of Kementerian Sosial.' },
    ANSWERED: { description: 'Reviewed by an officer: the outcome and the reason are recorded.' },
  },
});
registerEnumType(ObjectionOutcome, {
  name: 'ObjectionOutcome',
  description: "What an officer's review of an automated eligibility decision concluded.",
  valuesConfig: {
    UPHELD: { description: 'The automated decision stands.' },
    OVERTURNED: { description: 'The automated decision is reversed: eligible becomes not eligible, or the reverse.' },
  },
});
registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description:
    'How far an eligibility decision as served rests on the automated rules alone (UU PDP No. 27/2022 Pasal 10).',
  valuesConfig: {
    FINAL: { description: 'Decided by the rules alone, and not objected to.' },
    CONTESTED: {
      description:
        'The person objected and no officer has reviewed it yet: the decision is not final and must not be acted ' +
        'on as final.',
    },
    REVIEWED_UPHELD: { description: 'An officer reviewed the automated decision and upheld it.' },
    REVIEWED_OVERTURNED: {
      description: "An officer reviewed the automated decision and reversed it: `eligible` is the officer's outcome.",
    },
  },
});
