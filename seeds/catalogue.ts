import type { ClientBase } from 'pg';
import { LegalBasis } from '../schema/legal-bases';
import type { Scope } from '../schema/scopes';

/**
 * A demonstration catalogue for the synthetic population: services, purposes and steward rules that show each
 * kind of basis at work. The services and addresses are invented (example.go.id); a real deployment's stewards
 * register their own through the consent subgraph.
 */
const DEMO_CLIENTS = [
  {
    id: 'sip-online',
    name: 'SIP Online',
    agency: 'Dinas Penanaman Modal dan PTSP (synthetic)',
    contactEmail: 'privasi@sip-online.example.go.id',
    policyUrl: 'https://sip-online.example.go.id/privasi',
    quota: { requestsPerMinute: 300, personsPerHour: 500, personsPerDay: 2_000 },
  },
  {
    id: 'siks-ng',
    name: 'SIKS-NG',
    agency: 'Kementerian Sosial (synthetic)',
    contactEmail: 'privasi@siks.example.go.id',
    policyUrl: 'https://siks.example.go.id/privasi',
    quota: { requestsPerMinute: 1_200, personsPerHour: 5_000, personsPerDay: 20_000 },
  },
  {
    id: 'puskesmas-app',
    name: 'Aplikasi Puskesmas',
    agency: 'Dinas Kesehatan (synthetic)',
    contactEmail: 'privasi@puskesmas.example.go.id',
    policyUrl: 'https://puskesmas.example.go.id/privasi',
    quota: { requestsPerMinute: 600, personsPerHour: 1_000, personsPerDay: 5_000 },
  },
  {
    id: 'dinkes-console',
    name: 'Konsol Dinas Kesehatan',
    agency: 'Dinas Kesehatan Kabupaten/Kota (synthetic)',
    contactEmail: 'privasi@dinkes.example.go.id',
    policyUrl: 'https://dinkes.example.go.id/privasi',
    quota: { requestsPerMinute: 300, personsPerHour: 500, personsPerDay: 2_000 },
  },
  {
    id: 'mpp-desk',
    name: 'MPP Digital (loket)',
    agency: 'Mal Pelayanan Publik, Kementerian PANRB (synthetic)',
    contactEmail: 'privasi@mpp.example.go.id',
    policyUrl: 'https://mpp.example.go.id/privasi',
    quota: { requestsPerMinute: 600, personsPerHour: 1_000, personsPerDay: 5_000 },
  },
  {
    id: 'mpp-backoffice',
    name: 'MPP back office',
    agency: 'Agencies serving at the Mal Pelayanan Publik (synthetic)',
    contactEmail: 'privasi@mpp.example.go.id',
    policyUrl: 'https://mpp.example.go.id/privasi',
    quota: { requestsPerMinute: 600, personsPerHour: 2_000, personsPerDay: 10_000 },
  },
  {
    id: 'dev-console',
    name: 'Development console',
    agency: 'Citizen 360 hub (development)',
    contactEmail: 'dev@citizen360.example.go.id',
    policyUrl: 'https://citizen360.example.go.id/privasi',
    quota: { requestsPerMinute: 120, personsPerHour: 200, personsPerDay: 1_000 },
  },
] as const;

export const DEMO_PURPOSES = [
  {
    code: 'LICENSE_APPLICATION',
    name: 'Licence application',
    description: "Checking an applicant's identity, registration, tax and JKN status for a licence.",
  },
  {
    code: 'SOCIAL_ASSISTANCE',
    name: 'Social assistance',
    description: 'Targeting and paying social assistance (PKH, BPNT, PBI-JK) from the DTSEN register.',
  },
  {
    code: 'HEALTH_SERVICE',
    name: 'Health service',
    description: 'Serving a patient at a health facility: identity, JKN coverage, SATUSEHAT record.',
  },
  {
    code: 'TAX_ADMINISTRATION',
    name: 'Tax administration',
    description: 'Taxpayer registration, matching and compliance.',
  },
  {
    code: 'PUBLIC_SERVICE',
    name: 'Public service',
    description: "Taking and deciding a citizen's application for a service at a public service mall (MPP).",
  },
  {
    code: 'STATISTICS',
    name: 'Official statistics',
    description: 'Aggregate, disclosure-controlled statistics for planning; never an individual.',
  },
] as const;

export const DEMO_RULES: readonly {
  clientId: string;
  purpose: string;
  scopes: Scope[];
  legalBasis: LegalBasis;
  legalReference: string;
}[] = [
  {
    clientId: 'sip-online',
    purpose: 'LICENSE_APPLICATION',
    legalBasis: LegalBasis.CONSENT,
    scopes: [
      'population.identity',
      'population.address',
      'licensing.professional',
      'licensing.application',
      'tax.compliance',
      'health.coverage',
    ],
    legalReference: 'UU PDP Pasal 20(2) huruf a; the applicant consents in the SIP Online application',
  },
  {
    clientId: 'siks-ng',
    purpose: 'SOCIAL_ASSISTANCE',
    legalBasis: LegalBasis.PUBLIC_TASK,
    scopes: [
      'population.identity',
      'population.demographics',
      'population.address',
      'population.family',
      'regsosek.household',
      'regsosek.eligibility',
      'health.coverage',
    ],
    legalReference: 'UU 13/2011 Penanganan Fakir Miskin; Inpres 4/2025 DTSEN',
  },
  {
    clientId: 'puskesmas-app',
    purpose: 'HEALTH_SERVICE',
    legalBasis: LegalBasis.PUBLIC_TASK,
    scopes: ['population.identity', 'population.address', 'health.coverage', 'health.identifier'],
    legalReference: 'UU 17/2023 Kesehatan; Perpres 82/2018 Jaminan Kesehatan',
  },
  // The regency's health office reviews SIP applications: what an application shows and its requirements are
  // about, and no address.
  {
    clientId: 'dinkes-console',
    purpose: 'LICENSE_APPLICATION',
    legalBasis: LegalBasis.PUBLIC_TASK,
    scopes: [
      'licensing.application',
      'population.identity',
      'licensing.professional',
      'tax.compliance',
      'health.coverage',
    ],
    legalReference: 'UU 17/2023 Kesehatan (the regency or city issues the SIP); PP 28/2024',
  },
  // A desk officer applies on a citizen's behalf with the citizen's consent: what the applications are filled with.
  {
    clientId: 'mpp-desk',
    purpose: 'PUBLIC_SERVICE',
    legalBasis: LegalBasis.CONSENT,
    scopes: [
      'services.application',
      'services.complaint',
      'population.identity',
      'population.address',
      'population.family',
      'regsosek.eligibility',
      'health.coverage',
      'tax.profile',
      'tax.compliance',
      'licensing.business',
      'licensing.professional',
      'licensing.application',
    ],
    legalReference: 'UU PDP Pasal 20(2) huruf a; the citizen consents at the MPP desk',
  },
  // The agencies' officers decide the applications made to them: what an application shows, as a public task.
  {
    clientId: 'mpp-backoffice',
    purpose: 'PUBLIC_SERVICE',
    legalBasis: LegalBasis.PUBLIC_TASK,
    scopes: [
      'services.application',
      'services.complaint',
      'population.identity',
      'population.address',
      'population.family',
      'regsosek.eligibility',
      'health.coverage',
      'tax.profile',
      'tax.compliance',
      'licensing.business',
      'licensing.professional',
      'licensing.application',
    ],
    legalReference: 'UU 25/2009 Pelayanan Publik; Perpres 89/2021 Mal Pelayanan Publik',
  },
];

/**
 * Demonstration MPPs with the services each offers: fees and service standards (working days) are each
 * regency's own, as its service standard decree sets them; these are invented. Public services at an MPP are
 * free (UU 24/2013 Pasal 79A for population documents; PP 7/2021 for a micro business's NIB).
 */
export const DEMO_MPPS = [
  {
    id: 'mpp-3171',
    name: 'MPP Jakarta Pusat',
    regencyCode: '31.71',
    address: 'Jl. Kyai Haji Zainul Arifin (synthetic)',
  },
  { id: 'mpp-3273', name: 'MPP Kota Bandung', regencyCode: '32.73', address: 'Jl. Cikapundung Barat (synthetic)' },
  { id: 'mpp-3404', name: 'MPP Kabupaten Sleman', regencyCode: '34.04', address: 'Jl. Parasamya, Beran (synthetic)' },
  {
    id: 'mpp-3510',
    name: 'MPP Kabupaten Banyuwangi',
    regencyCode: '35.10',
    address: 'Jl. Jaksa Agung Suprapto (synthetic)',
  },
  { id: 'mpp-5171', name: 'MPP Kota Denpasar', regencyCode: '51.71', address: 'Jl. Mawar, Dangin Puri (synthetic)' },
  { id: 'mpp-7371', name: 'MPP Kota Makassar', regencyCode: '73.71', address: 'Jl. Jenderal Ahmad Yani (synthetic)' },
] as const;

type OfferingRow = [mppId: string, service: string, fee: number, standardDays: number, complaintDays: number];

/** Each MPP's offerings: [MPP, service, fee in rupiah, service standard and complaint answer in working days]. */
const DEMO_OFFERINGS: readonly OfferingRow[] = DEMO_MPPS.flatMap((mpp, i): OfferingRow[] => [
  [mpp.id, 'NIB_UMK', 0, 1 + (i % 3), 5],
  [mpp.id, 'PBI_JK', 0, 10 + (i % 2) * 4, 5],
  [mpp.id, 'ADDRESS_CHANGE', 0, 1 + (i % 2) * 2, 3],
  [mpp.id, 'SIP', 0, 5 + (i % 3) * 2, 5],
]);

const ACTOR = 'seed';
const REASON = 'Demonstration catalogue loaded with the synthetic population';

/**
 * Loads the demonstration catalogue where it is missing; what a steward has already defined is left as it is.
 * Each entry added is in the steward change log like any other change, with the seed as its author.
 */
export async function seedCatalogue(client: ClientBase): Promise<void> {
  const logged = async (
    kind: 'CLIENT' | 'PURPOSE' | 'RULE',
    subject: string,
    detail: object,
    inserted: { rowCount: number | null },
  ) => {
    if (!inserted.rowCount) return;
    await client.query(
      'insert into consent.steward_change (actor, kind, subject, reason, detail) values ($1, $2, $3, $4, $5)',
      [ACTOR, kind, subject, REASON, JSON.stringify(detail)],
    );
  };
  for (const c of DEMO_CLIENTS) {
    await logged(
      'CLIENT',
      c.id,
      c,
      await client.query(
        `insert into consent.client (id, name, agency, contact_email, policy_url, requests_per_minute,
            persons_per_hour, persons_per_day)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
        [
          c.id,
          c.name,
          c.agency,
          c.contactEmail,
          c.policyUrl,
          c.quota.requestsPerMinute,
          c.quota.personsPerHour,
          c.quota.personsPerDay,
        ],
      ),
    );
  }
  for (const p of DEMO_PURPOSES) {
    await logged(
      'PURPOSE',
      p.code,
      p,
      await client.query(
        `insert into consent.purpose (code, name, description) values ($1, $2, $3) on conflict (code) do nothing`,
        [p.code, p.name, p.description],
      ),
    );
  }
  for (const m of DEMO_MPPS)
    await client.query(
      `insert into services.mpp (id, name, regency_code, address) values ($1, $2, $3, $4) on conflict do nothing`,
      [m.id, m.name, m.regencyCode, m.address],
    );
  for (const [mppId, service, fee, standardDays, complaintDays] of DEMO_OFFERINGS)
    await client.query(
      `insert into services.offering (mpp_id, service, fee_rupiah, standard_days, complaint_days)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [mppId, service, fee, standardDays, complaintDays],
    );
  for (const r of DEMO_RULES) {
    await logged(
      'RULE',
      `${r.clientId}/${r.purpose}`,
      { version: 1, ...r },
      await client.query(
        `insert into consent.access_rule (client_id, purpose, version, scopes, legal_basis, legal_reference,
          changed_by, reason)
       select $1, $2, 1, $3, $4, $5, $6, $7
        where not exists (select 1 from consent.access_rule where client_id = $1 and purpose = $2)`,
        [r.clientId, r.purpose, r.scopes, r.legalBasis, r.legalReference, ACTOR, REASON],
      ),
    );
  }
}

export interface AccessRuleSpec {
  clientId: string;
  purpose: string;
  scopes: readonly Scope[];
  legalBasis: LegalBasis;
  /** The client's quota when it is registered here (default: the hub's). */
  quota?: { requestsPerMinute: number; personsPerHour: number; personsPerDay: number };
}

/**
 * Registers the client and the purpose if missing and appends a version of the rule, straight into the consent
 * schema: for test suites and the benchmark, which need a rule in force without a steward.
 */
export async function ensureAccessRule(client: ClientBase, rule: AccessRuleSpec): Promise<void> {
  await client.query(
    `insert into consent.client (id, name, agency, contact_email, policy_url, requests_per_minute, persons_per_hour,
       persons_per_day)
     values ($1, $1, 'Test agency', 'test@example.go.id', 'https://example.go.id/privacy', $2, $3, $4)
     on conflict do nothing`,
    [rule.clientId, rule.quota?.requestsPerMinute, rule.quota?.personsPerHour, rule.quota?.personsPerDay],
  );
  await client.query(
    `insert into consent.purpose (code, name, description) values ($1, $1, 'Test purpose') on conflict do nothing`,
    [rule.purpose],
  );
  await client.query(
    `insert into consent.access_rule (client_id, purpose, version, scopes, legal_basis, legal_reference, changed_by,
      reason)
     select $1, $2, coalesce(max(version), 0) + 1, $3, $4, 'Test fixture', 'test', 'test fixture' from
     consent.access_rule where client_id = $1 and purpose = $2`,
    [rule.clientId, rule.purpose, rule.scopes, rule.legalBasis],
  );
}
