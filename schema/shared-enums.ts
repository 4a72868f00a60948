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
