import { LegalBasis } from '../../schema/legal-bases';
import type { Scope } from '../../schema/scopes';
import { ServiceCode } from './entities/services.enums';

/** A requirement of a service, and the scope of the applicant's data it is checked against. */
export interface Requirement {
  readonly requirement: string;
  readonly scope: Scope;
}

/** What a service is, nationally: each MPP sets its own fee and service standard (services.offering). */
export interface ServiceDefinition {
  readonly code: ServiceCode;
  readonly name: string;
  readonly agency: string;
  readonly legalBasis: LegalBasis;
  readonly legalReference: string;
  readonly requirements: readonly Requirement[];
}

/**
 * The services the hub fills from the graph. Their requirements are checked at submission in applications.ts,
 * in this order, each against the scope named here: an unmet one is recorded for the officer, not refused.
 */
export const SERVICES: Readonly<Record<ServiceCode, ServiceDefinition>> = {
  [ServiceCode.NIB_UMK]: {
    code: ServiceCode.NIB_UMK,
    name: 'Nomor Induk Berusaha (NIB) for a micro or small business',
    agency: 'Kementerian Investasi dan Hilirisasi/BKPM (OSS), through the DPMPTSP',
    legalBasis: LegalBasis.PUBLIC_TASK,
    legalReference: 'PP 5/2021 Perizinan Berusaha Berbasis Risiko; PP 7/2021 Kemudahan, Pelindungan dan UMKM',
    requirements: [
      { requirement: 'The applicant is alive and at least 17 years old', scope: 'population.identity' },
      {
        requirement: 'The business activity (KBLI 2020) is low risk, for which the NIB alone suffices',
        scope: 'licensing.business',
      },
      { requirement: 'The applicant holds no NIB with this activity already', scope: 'licensing.business' },
    ],
  },
  [ServiceCode.PBI_JK]: {
    code: ServiceCode.PBI_JK,
    name: 'Enrolment proposal as a JKN premium assistance recipient (PBI-JK)',
    agency: 'Dinas Sosial Kabupaten/Kota, proposing to Kementerian Sosial and BPJS Kesehatan',
    legalBasis: LegalBasis.PUBLIC_TASK,
    legalReference: 'PP 101/2012 jo. PP 76/2015 Penerima Bantuan Iuran Jaminan Kesehatan; Inpres 4/2025 DTSEN',
    requirements: [
      { requirement: 'The applicant is alive', scope: 'population.identity' },
      {
        requirement: "The household's DTSEN welfare decile is within the PBI-JK cut-off",
        scope: 'regsosek.eligibility',
      },
      { requirement: 'The applicant is not a PBI-JK member already', scope: 'health.coverage' },
    ],
  },
  [ServiceCode.ADDRESS_CHANGE]: {
    code: ServiceCode.ADDRESS_CHANGE,
    name: 'Change of address (pindah datang) with a new family card',
    agency: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten/Kota',
    legalBasis: LegalBasis.LEGAL_OBLIGATION,
    legalReference: 'UU 24/2013 Administrasi Kependudukan, Pasal 15; Permendagri 108/2019',
    requirements: [
      { requirement: 'The applicant is alive', scope: 'population.identity' },
      { requirement: 'The new address differs from the registered one', scope: 'population.address' },
    ],
  },
  [ServiceCode.SIP]: {
    code: ServiceCode.SIP,
    name: "Surat Izin Praktik (SIP): a health worker's licence to practise at one location",
    agency: 'Dinas Kesehatan Kabupaten/Kota, through the DPMPTSP',
    legalBasis: LegalBasis.PUBLIC_TASK,
    legalReference: 'UU 17/2023 Kesehatan; PP 28/2024 (the regency or city issues the SIP)',
    requirements: [
      { requirement: 'A valid STR, and fewer than three SIPs held', scope: 'licensing.professional' },
      { requirement: 'Tax compliance confirmed (KSWP)', scope: 'tax.compliance' },
      { requirement: 'An active JKN membership', scope: 'health.coverage' },
    ],
  },
};
