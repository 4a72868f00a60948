import { registerEnumType } from 'type-graphql';
import { BPJS_SEGMENT_ENUM } from '../../../schema/shared-enums';

/**
 * JKN membership segments: PBI paid by the state budget (APBN) or a regional budget (APBD), wage earners,
 * self-employed, non-workers.
 */
export enum BpjsSegment {
  PBI_APBN = 'PBI_APBN',
  PBI_APBD = 'PBI_APBD',
  PPU = 'PPU',
  PBPU = 'PBPU',
  BP = 'BP',
}
export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
export enum InactiveReason {
  PREMIUM_ARREARS = 'PREMIUM_ARREARS',
  EMPLOYER_ARREARS = 'EMPLOYER_ARREARS',
  PBI_DEACTIVATED = 'PBI_DEACTIVATED',
  DATA_UPDATE_REQUIRED = 'DATA_UPDATE_REQUIRED',
}
/** Primary-care facility (FKTP) types. */
export enum FacilityType {
  PUSKESMAS = 'PUSKESMAS',
  KLINIK_PRATAMA = 'KLINIK_PRATAMA',
  DOKTER_PRAKTIK = 'DOKTER_PRAKTIK',
}

registerEnumType(BpjsSegment, BPJS_SEGMENT_ENUM);
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Whether a JKN membership currently gives cover.',
  valuesConfig: {
    ACTIVE: { description: 'Active: the member is covered.' },
    INACTIVE: { description: 'Inactive: no cover until the reason is resolved.' },
  },
});
registerEnumType(InactiveReason, {
  name: 'InactiveReason',
  description: 'Why a JKN membership is inactive.',
  valuesConfig: {
    PREMIUM_ARREARS: { description: 'The member is in arrears with their own premiums (mostly PBPU).' },
    EMPLOYER_ARREARS: { description: "The employer is in arrears with the PPU member's premiums." },
    PBI_DEACTIVATED: { description: 'Removed from the PBI (state-paid) list.' },
    DATA_UPDATE_REQUIRED: { description: "The member's data must be updated, e.g. matched with Dukcapil." },
  },
});
registerEnumType(FacilityType, {
  name: 'FacilityType',
  description: 'Kind of primary-care facility (FKTP).',
  valuesConfig: {
    PUSKESMAS: { description: 'Pusat Kesehatan Masyarakat: the public community health centre of a district.' },
    KLINIK_PRATAMA: { description: 'Klinik pratama: a primary-care clinic.' },
    DOKTER_PRAKTIK: { description: "Dokter praktik perorangan: a general practitioner's own practice." },
  },
});
