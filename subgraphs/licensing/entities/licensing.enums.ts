import { registerEnumType } from 'type-graphql';

export enum HealthProfession {
  NURSE = 'NURSE',
  MIDWIFE = 'MIDWIFE',
  DOCTOR = 'DOCTOR',
  DENTIST = 'DENTIST',
  PHARMACIST = 'PHARMACIST',
  LAB_ANALYST = 'LAB_ANALYST',
  NUTRITIONIST = 'NUTRITIONIST',
}
/** OSS risk levels of a business activity (KBLI x scale). */
export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM_LOW = 'MEDIUM_LOW',
  MEDIUM_HIGH = 'MEDIUM_HIGH',
  HIGH = 'HIGH',
}
export enum LicenceType {
  SIP = 'SIP',
}
export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export enum ReviewDecision {
  VERIFY = 'VERIFY',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(HealthProfession, { name: 'HealthProfession' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(LicenceType, {
  name: 'LicenceType',
  description: 'Licences that can be applied for through the hub: SIP (licence to practise).',
});
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
