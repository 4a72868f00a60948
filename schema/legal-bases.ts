/**
 * The lawful bases for processing personal data in UU PDP No. 27/2022, Pasal 20(2). A steward rule names one;
 * only `CONSENT` needs a grant by each citizen, the others rest on the rule alone. Most government flows rest
 * on a legal obligation (c) or a public task (e).
 */
export enum LegalBasis {
  CONSENT = 'CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTEREST = 'VITAL_INTEREST',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTEREST = 'LEGITIMATE_INTEREST',
}
