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

registerEnumType(HealthProfession, {
  name: 'HealthProfession',
  description: 'The health profession an STR registers (tenaga kesehatan and tenaga medis).',
  valuesConfig: {
    NURSE: { description: 'Perawat (nurse).' },
    MIDWIFE: { description: 'Bidan (midwife).' },
    DOCTOR: { description: 'Dokter (physician).' },
    DENTIST: { description: 'Dokter gigi (dentist).' },
    PHARMACIST: { description: 'Apoteker (pharmacist).' },
    LAB_ANALYST: { description: 'Ahli teknologi laboratorium medik (medical laboratory analyst).' },
    NUTRITIONIST: { description: 'Nutrisionis or dietisien (nutritionist).' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'OSS risk level of a business activity (KBLI x scale): it decides which permits the business needs.',
  valuesConfig: {
    LOW: { description: 'Rendah: the NIB alone suffices.' },
    MEDIUM_LOW: { description: 'Menengah rendah: NIB and a self-declared standard certificate.' },
    MEDIUM_HIGH: { description: 'Menengah tinggi: NIB and a verified standard certificate.' },
    HIGH: { description: 'Tinggi: NIB and a licence (izin) from the authority.' },
  },
});
registerEnumType(LicenceType, {
  name: 'LicenceType',
  description: 'Licences that can be applied for through the hub: SIP (licence to practise).',
  valuesConfig: {
    SIP: { description: 'Surat Izin Praktik: licence to practise at one location.' },
  },
});
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: "A licence application's status.",
  valuesConfig: {
    SUBMITTED: { description: 'Submitted, awaiting verification.' },
    VERIFIED: { description: 'Verified by an officer, awaiting approval.' },
    APPROVED: { description: 'Approved: the SIP is issued.' },
    REJECTED: { description: "Rejected, with the reviewer's note." },
  },
});
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: "An officer's decision on a licence application.",
  valuesConfig: {
    VERIFY: { description: 'Mark a submitted application verified.' },
    APPROVE: { description: 'Approve a verified application, issuing the SIP.' },
    REJECT: { description: 'Reject a submitted or verified application; a note is required.' },
  },
});
