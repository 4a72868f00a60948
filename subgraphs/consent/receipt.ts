import { SCOPES, type Scope } from '../../schema/scopes';

/** The receipt's specification version (Kantara Initiative Consent Receipt Specification v1.1). */
const RECEIPT_VERSION = 'KI-CR-v1.1.0';

interface ReceiptInput {
  consentId: string;
  nik: string;
  grantedAt: Date;
  client: { name: string; agency: string; contactEmail: string; policyUrl: string };
  purpose: { code: string; name: string };
  scopes: readonly Scope[];
  validFrom: Date;
  validUntil: Date;
}

/**
 * The machine-readable record handed to the citizen at a grant, shaped like a Kantara Consent Receipt v1.1:
 * who consented (the NIK as PII principal), to which controller (the client's agency), for which service and
 * purpose, over which categories of data, until when. It is stored with the grant, unchanged, as proof of
 * consent (UU PDP Pasal 24). Specific personal data (Pasal 4(2)) is flagged `sensitive` and listed in `spiCat`.
 */
export function consentReceipt(input: ReceiptInput): Record<string, unknown> {
  const specific = input.scopes.filter((scope) => SCOPES[scope].sensitivity === 'SPECIFIC');
  return {
    version: RECEIPT_VERSION,
    jurisdiction: 'ID',
    consentTimestamp: Math.floor(input.grantedAt.getTime() / 1000),
    collectionMethod: 'Citizen 360 hub: grantConsent, by the citizen signed on with their own NIK',
    consentReceiptID: input.consentId,
    language: 'id',
    piiPrincipalId: input.nik,
    piiControllers: [
      {
        piiController: input.client.agency,
        onBehalf: false,
        contact: input.client.name,
        address: { country: 'ID' },
        email: input.client.contactEmail,
        phone: '',
        piiControllerUrl: input.client.policyUrl,
      },
    ],
    policyUrl: input.client.policyUrl,
    services: [
      {
        service: input.client.name,
        purposes: [
          {
            purpose: input.purpose.name,
            purposeCategory: [input.purpose.code],
            consentType: 'EXPLICIT',
            piiCategory: input.scopes.map((scope) => `${scope}: ${SCOPES[scope].description}`),
            primaryPurpose: true,
            termination:
              `Valid from ${input.validFrom.toISOString()} until ${input.validUntil.toISOString()}; the ` +
              `citizen may revoke it at any time (revokeConsent).`,
            thirdPartyDisclosure: false,
          },
        ],
      },
    ],
    sensitive: specific.length > 0,
    spiCat: specific.map((scope) => SCOPES[scope].description),
  };
}
