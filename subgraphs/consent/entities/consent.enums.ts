import { registerEnumType } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';

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
/** What a steward change was about. */
export enum StewardChangeKind {
  CLIENT = 'CLIENT',
  PURPOSE = 'PURPOSE',
  RULE = 'RULE',
}

registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description: 'Lawful bases of UU PDP No. 27/2022, Pasal 20(2): (a) consent to (f) legitimate interest.',
});
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
registerEnumType(StewardChangeKind, { name: 'StewardChangeKind' });
