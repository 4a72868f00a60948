import { registerEnumType } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';
import { LEGAL_BASIS_ENUM } from '../../../schema/shared-enums';

/** The services an MPP can offer through the hub, each filled from the graph in its own way (applications.ts). */
export enum ServiceCode {
  NIB_UMK = 'NIB_UMK',
  PBI_JK = 'PBI_JK',
  ADDRESS_CHANGE = 'ADDRESS_CHANGE',
  SIP = 'SIP',
}
export enum ServiceApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}
export enum ServiceDecision {
  VERIFY = 'VERIFY',
  COMPLETE = 'COMPLETE',
  REJECT = 'REJECT',
}

export enum NotificationKind {
  APPLICATION_STATUS = 'APPLICATION_STATUS',
  CONSENT_REQUEST = 'CONSENT_REQUEST',
  DATA_RELEASED = 'DATA_RELEASED',
  COMPLAINT_RESPONSE = 'COMPLAINT_RESPONSE',
  RIGHTS_ANSWER = 'RIGHTS_ANSWER',
}
export enum EmailStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
export enum ComplaintCategory {
  PROCEDURE = 'PROCEDURE',
  DELAY = 'DELAY',
  FEE = 'FEE',
  STAFF_CONDUCT = 'STAFF_CONDUCT',
  DATA = 'DATA',
  FACILITIES = 'FACILITIES',
  OTHER = 'OTHER',
}

export { LegalBasis };

registerEnumType(ServiceCode, {
  name: 'ServiceCode',
  description: 'A public service an MPP offers through the hub, its application filled from the graph.',
  valuesConfig: {
    NIB_UMK: { description: 'Nomor Induk Berusaha for a micro or small business (OSS, Kementerian Investasi/BKPM).' },
    PBI_JK: { description: 'Proposal to enrol in JKN as a premium assistance recipient (PBI-JK; Dinas Sosial, BPJS).' },
    ADDRESS_CHANGE: { description: 'Change of address within Indonesia (pindah datang; Dukcapil).' },
    SIP: { description: "Surat Izin Praktik, a health worker's licence to practise (decided by licensing)." },
  },
});
registerEnumType(ServiceApplicationStatus, {
  name: 'ServiceApplicationStatus',
  description: "A service application's status.",
  valuesConfig: {
    SUBMITTED: { description: 'Submitted, awaiting verification by an officer.' },
    VERIFIED: { description: 'Verified by an officer, awaiting completion.' },
    COMPLETED: { description: 'Completed: the service was delivered (its outcome says what was issued).' },
    REJECTED: { description: "Rejected, with the officer's note." },
  },
});
registerEnumType(ServiceDecision, {
  name: 'ServiceDecision',
  description: "An officer's decision on a service application.",
  valuesConfig: {
    VERIFY: { description: 'Mark a submitted application verified.' },
    COMPLETE: { description: 'Complete a verified application: the service is delivered.' },
    REJECT: { description: 'Reject a submitted or verified application; a note is required.' },
  },
});
registerEnumType(LegalBasis, LEGAL_BASIS_ENUM);
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    APPLICATION_STATUS: { description: 'One of your applications moved (verified, completed, rejected).' },
    CONSENT_REQUEST: { description: 'A service asks for your consent.' },
    DATA_RELEASED: { description: 'An officer received some of your data (your access log has the details).' },
    COMPLAINT_RESPONSE: { description: 'Your complaint was answered.' },
    RIGHTS_ANSWER: {
      description:
        'An agency answered your request under UU PDP: a correction, or an objection to an automated decision.',
    },
  },
});
registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: "A notification's e-mail.",
  valuesConfig: {
    NONE: { description: 'Not sent by e-mail: no address was set when it was made.' },
    PENDING: { description: 'To be sent (again, after a failure, with a growing wait).' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Given up: refused for good, or failed too many times.' },
  },
});
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: "A complaint's status, as SP4N-LAPOR! tracks it.",
  valuesConfig: {
    RECEIVED: { description: 'Filed, not yet taken up by the agency (LAPOR!: belum diverifikasi).' },
    IN_PROGRESS: { description: 'Taken up, a first response given (LAPOR!: proses).' },
    ANSWERED: { description: 'Answered with a resolution (LAPOR!: selesai).' },
    CLOSED: { description: 'Closed by the citizen after the answer (LAPOR!: selesai, ditutup).' },
  },
});
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'What a complaint is about.',
  valuesConfig: {
    PROCEDURE: { description: 'Requirements or procedure.' },
    DELAY: { description: 'The service took longer than its standard.' },
    FEE: { description: 'A fee or an unofficial charge.' },
    STAFF_CONDUCT: { description: "Officers' competence or behaviour." },
    DATA: { description: 'Wrong or misused personal data.' },
    FACILITIES: { description: 'Facilities of the service point.' },
    OTHER: { description: 'Anything else.' },
  },
});
