import { registerEnumType } from 'type-graphql';

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

registerEnumType(BpjsSegment, { name: 'BpjsSegment' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(InactiveReason, { name: 'InactiveReason' });
registerEnumType(FacilityType, { name: 'FacilityType' });
