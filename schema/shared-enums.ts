/**
 * Enums more than one subgraph defines (insights groups its tables by the same sex, JKN segment and taxpayer
 * status as population, health and tax): each defines its own, and registers it with the one description here,
 * because composition keeps one description per element and would hint if they drifted apart.
 */
export const SEX_ENUM = {
  name: 'Sex',
  description: 'Sex (jenis kelamin) as recorded by Dukcapil.',
  valuesConfig: {
    MALE: { description: 'Laki-laki (male).' },
    FEMALE: { description: 'Perempuan (female).' },
  },
};

export const BPJS_SEGMENT_ENUM = {
  name: 'BpjsSegment',
  description: 'JKN membership segment: who pays the premium.',
  valuesConfig: {
    PBI_APBN: { description: 'Penerima Bantuan Iuran: premium paid by the state budget (APBN).' },
    PBI_APBD: { description: 'Penerima Bantuan Iuran: premium paid by a regional budget (APBD).' },
    PPU: { description: 'Pekerja Penerima Upah: wage earners, premium shared with the employer.' },
    PBPU: { description: 'Pekerja Bukan Penerima Upah: self-employed and informal workers, paying themselves.' },
    BP: { description: 'Bukan Pekerja: non-workers such as pensioners and investors.' },
  },
};

export const TAXPAYER_STATUS_ENUM = {
  name: 'TaxpayerStatus',
  description: 'NPWP registration status with the tax authority (DJP).',
  valuesConfig: {
    ACTIVE: { description: 'Active taxpayer, required to file annual returns.' },
    NON_EFFECTIVE: { description: 'Non-effective (NE): need not file while income is below the threshold.' },
    DELETED: { description: 'The NPWP has been deleted (hapus).' },
  },
};

export const LEGAL_BASIS_ENUM = {
  name: 'LegalBasis',
  description: 'Lawful bases of UU PDP No. 27/2022, Pasal 20(2): (a) consent to (f) legitimate interest.',
  valuesConfig: {
    CONSENT: { description: "(a) The citizen's explicit consent: each citizen must grant it (Mutation.grantConsent)." },
    CONTRACT: { description: '(b) Performance of a contract the citizen is party to, or steps at their request.' },
    LEGAL_OBLIGATION: { description: "(c) The controller's legal obligation under a law or regulation." },
    VITAL_INTEREST: { description: "(d) Protecting the citizen's vital interests." },
    PUBLIC_TASK: { description: '(e) A task in the public interest, a public service or statutory authority.' },
    LEGITIMATE_INTEREST: {
      description: "(f) The controller's legitimate interest, weighed against the citizen's rights.",
    },
  },
};
