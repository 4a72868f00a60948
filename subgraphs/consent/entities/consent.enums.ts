import { registerEnumType } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';
import { LEGAL_BASIS_ENUM } from '../../../schema/shared-enums';

/** A consent as of now (server time): not yet valid, valid, past its end, or withdrawn by the citizen. */
export enum ConsentStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
export enum ConsentEventKind {
  GRANTED = 'GRANTED',
  REVOKED = 'REVOKED',
}
/** A consent request: waiting, answered, or lapsed (stored as EXPIRED once a new request replaces it). */
export enum ConsentRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}
/** What a steward change was about. */
export enum StewardChangeKind {
  CLIENT = 'CLIENT',
  PURPOSE = 'PURPOSE',
  RULE = 'RULE',
}

registerEnumType(LegalBasis, LEGAL_BASIS_ENUM);
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: "A consent as of the server's clock now.",
  valuesConfig: {
    PENDING: { description: 'Granted, but its validFrom is still to come.' },
    ACTIVE: { description: 'In force: between validFrom and validUntil and not revoked.' },
    EXPIRED: { description: 'Past its validUntil.' },
    REVOKED: { description: 'Withdrawn by the citizen.' },
  },
});
registerEnumType(StewardChangeKind, {
  name: 'StewardChangeKind',
  description: 'What a steward change was about.',
  valuesConfig: {
    CLIENT: { description: 'A client (service) registered or changed, its quota set, or its trusted documents.' },
    PURPOSE: { description: 'A purpose of use defined or changed.' },
    RULE: { description: 'An access rule set or retired.' },
  },
});
registerEnumType(ConsentRequestStatus, {
  name: 'ConsentRequestStatus',
  description: "A consent request as of the server's clock now.",
  valuesConfig: {
    PENDING: { description: 'Waiting for the citizen.' },
    APPROVED: { description: 'The citizen approved it: the consent it names was granted.' },
    DECLINED: { description: 'The citizen declined it.' },
    EXPIRED: { description: 'Nobody answered it before it lapsed.' },
  },
});
