import { Client, type Pool } from 'pg';
import { REFERENCE_YEAR } from '../../seeds/generator';
import { ensureAccessRule, type AccessRuleSpec } from '../../seeds/catalogue';
import { LegalBasis } from '../../schema/legal-bases';
import { AGENCY_SCOPES } from '../../schema/scopes';
import type { AccessEvent } from '../../policy/audit/event';

/**
 * A small synthetic family register for tests that need exact, known rows: one real Kemendagri region chain
 * (Kab. Bandung, Kec. Baleendah, Desa Andir: codes from data/regions) and invented people.
 */
export const REGION = { province: '32', regency: '32.04', district: '32.04.12', village: '32.04.12.2001' };

export const FAMILY_OF_SIX = {
  kk: '3204121503150007',
  members: [
    {
      nik: '3204120101800001',
      fullName: 'Asep Suryana',
      sex: 'MALE',
      birthDate: '1980-01-01',
      relationship: 'HEAD',
      marital: 'KAWIN',
    },
    {
      nik: '3204124203830002',
      fullName: 'Euis Rahmawati',
      sex: 'FEMALE',
      birthDate: '1983-03-02',
      relationship: 'WIFE',
      marital: 'KAWIN',
    },
    {
      nik: '3204121007050003',
      fullName: 'Dadan Permana',
      sex: 'MALE',
      birthDate: '2005-07-10',
      relationship: 'CHILD',
      marital: 'BELUM_KAWIN',
    },
    {
      nik: '3204125509080004',
      fullName: 'Siti Nurhaliza Putri',
      sex: 'FEMALE',
      birthDate: '2008-09-15',
      relationship: 'CHILD',
      marital: 'BELUM_KAWIN',
    },
    {
      nik: '3204120202120005',
      fullName: 'Rizki Maulana',
      sex: 'MALE',
      birthDate: '2012-02-02',
      relationship: 'CHILD',
      marital: 'BELUM_KAWIN',
    },
    {
      nik: '3204126106500006',
      fullName: 'Iyah Komariah',
      sex: 'FEMALE',
      birthDate: '1950-06-21',
      relationship: 'PARENT_IN_LAW',
      marital: 'CERAI_MATI',
    },
  ],
} as const;

export const COUPLE = {
  kk: '3204122006180011',
  members: [
    {
      nik: '3204121204920011',
      fullName: 'Ujang Hidayat',
      sex: 'MALE',
      birthDate: '1992-04-12',
      relationship: 'HEAD',
      marital: 'KAWIN',
    },
    {
      nik: '3204125811940012',
      fullName: 'Neneng Sulastri',
      sex: 'FEMALE',
      birthDate: '1994-11-18',
      relationship: 'WIFE',
      marital: 'KAWIN',
    },
  ],
} as const;

/** Inserts the region chain and both families (idempotent: run it on a freshly migrated database). */
export async function insertFixtures(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into population.province (code, name) values ($1, 'Jawa Barat') on conflict do nothing`,
      [REGION.province],
    );
    await client.query(
      `insert into population.regency (code, province_code, name) values ($1, $2, 'Kabupaten Bandung') on conflict do
        nothing`,
      [REGION.regency, REGION.province],
    );
    await client.query(
      `insert into population.district (code, regency_code, name) values ($1, $2, 'Baleendah') on conflict do nothing`,
      [REGION.district, REGION.regency],
    );
    await client.query(
      `insert into population.village (code, district_code, name) values ($1, $2, 'Andir') on conflict do nothing`,
      [REGION.village, REGION.district],
    );
    for (const family of [FAMILY_OF_SIX, COUPLE]) {
      await client.query(`insert into population.family (kk, issued_on) values ($1, '2015-03-15')`, [family.kk]);
      for (const m of family.members) {
        await client.query(
          `insert into population.citizen (nik, full_name, sex, birth_place, birth_date, religion, marital_status,
            occupation,
             education, citizenship, street, rt, rw, village_code, family_kk, family_relationship)
           values ($1, $2, $3, 'Bandung', $4, 'ISLAM', $5, 'Wiraswasta', 'SMA', 'WNI', 'Jl. Raya Andir No. 7', '003',
           '005', $6, $7, $8)`,
          [m.nik, m.fullName, m.sex, m.birthDate, m.marital, REGION.village, family.kk, m.relationship],
        );
      }
    }
  } finally {
    await client.end();
  }
}

export type RuleFixture = AccessRuleSpec;

/** The officer rule test stacks start with: the test client may read every agency scope as a public task. */
export const TEST_OFFICER_RULE: RuleFixture = {
  clientId: 'test-client',
  purpose: 'LICENSE_APPLICATION',
  scopes: AGENCY_SCOPES,
  legalBasis: LegalBasis.PUBLIC_TASK,
};

/** A rule in force for the suite (see ensureAccessRule; steward mutations are tested through the gateway). */
export async function insertAccessRule(url: string, rule: RuleFixture): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await ensureAccessRule(client, rule);
  } finally {
    await client.end();
  }
}

/**
 * Makes one seeded adult with a JKN membership a health worker who may apply for a SIP: a nurse with a lifetime
 * STR, no SIP, active JKN and the returns filed that the tax status asks for now. Returns their NIK.
 */
export async function plantHealthWorker(pool: Pool): Promise<string> {
  const {
    rows: [{ nik }],
  } = await pool.query(`select c.nik from population.citizen c join health.membership h on h.nik = c.nik
    where c.birth_date < '2000-01-01' and not exists (select 1 from licensing.str s where s.nik = c.nik)
    order by c.nik limit 1`);
  await pool.query(`update health.membership set status = 'ACTIVE', status_reason = null where nik = $1`, [nik]);
  await pool.query(`delete from licensing.sip where nik = $1`, [nik]);
  await pool.query(
    `insert into licensing.str (number, nik, profession, issued_on, valid_until)
    values ('STR-NUR-START-0001', $1, 'NURSE', '2020-01-15', null)`,
    [nik],
  );
  await pool.query(`delete from tax.filing where npwp in (select npwp from tax.taxpayer where nik = $1)`, [nik]);
  await pool.query(`delete from tax.taxpayer where nik = $1`, [nik]);
  await pool.query(`insert into tax.taxpayer values ($1, $1, 'ACTIVE', 'VALID', '001', '2015-01-01')`, [nik]);
  const year = new Date().getUTCFullYear();
  for (let filed = Math.min(REFERENCE_YEAR - 1, year - 3); filed < year; filed += 1)
    await pool.query(`insert into tax.filing values ($1, $2, $3, 'F1770SS', 'FILED', $4)`, [
      `${nik}-${filed}`,
      nik,
      filed,
      `${filed + 1}-02-10`,
    ]);
  return nik as string;
}

/**
 * A seeded adult whose DTSEN household is within the PBI-JK cut-off (decile 5 or below, nobody in an excluded
 * sector) and who has no JKN membership: every PBI-JK requirement met. Returns the NIK and full name.
 */
export async function plantPbiCandidate(pool: Pool): Promise<{ nik: string; fullName: string }> {
  const {
    rows: [candidate],
  } = await pool.query(`
    select m.nik, c.full_name from regsosek.household_member m join regsosek.household h on h.id = m.household_id
      join population.citizen c on c.nik = m.nik
     where h.welfare_decile <= 5 and c.birth_date < '2000-01-01' and not exists (
       select 1 from regsosek.household_member o where o.household_id = h.id
          and o.employment_sector in ('GOVERNMENT', 'MILITARY_POLICE', 'STATE_ENTERPRISE'))
     order by m.nik limit 1`);
  await pool.query('delete from health.membership where nik = $1', [candidate.nik]);
  return { nik: candidate.nik as string, fullName: candidate.full_name as string };
}

/**
 * The `n`th access event of a test log: an officer's release of one invented person's identity, on consent, at
 * 24 November 2026 08:00 plus `n` ms unless `overrides` say otherwise.
 */
export const accessEvent = (n: number, overrides: Partial<AccessEvent> = {}): AccessEvent => ({
  at: new Date(Date.UTC(2026, 10, 24, 8, 0, 0, n)),
  kind: 'ACCESS',
  requestId: `req-${n}`,
  actorSubject: 'officer-7',
  actorRole: 'officer',
  clientId: 'sip-online',
  purpose: 'LICENSE_APPLICATION',
  nik: `32041201018${String(n).padStart(5, '0')}`,
  decision: 'ALLOWED',
  basis: 'CONSENT',
  consentIds: [`consent-${n}`],
  ruleVersion: 1,
  scopes: ['population.identity'],
  refusedScopes: [],
  fields: ['Citizen.fullName'],
  reason: null,
  detail: null,
  ...overrides,
});
