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

export const LEGAL_BASIS_ARTICLES: Readonly<Record<LegalBasis, string>> = {
  [LegalBasis.CONSENT]: 'UU PDP Pasal 20(2) huruf a: explicit, lawful consent of the data subject',
  [LegalBasis.CONTRACT]: 'UU PDP Pasal 20(2) huruf b: performance of a contract with the data subject',
  [LegalBasis.LEGAL_OBLIGATION]: 'UU PDP Pasal 20(2) huruf c: a legal obligation of the controller',
  [LegalBasis.VITAL_INTEREST]: 'UU PDP Pasal 20(2) huruf d: the vital interest of the data subject',
  [LegalBasis.PUBLIC_TASK]: 'UU PDP Pasal 20(2) huruf e: a task in the public interest, public service or statutory authority',
  [LegalBasis.LEGITIMATE_INTEREST]: 'UU PDP Pasal 20(2) huruf f: another legitimate interest',
};
