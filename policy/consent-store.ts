import type { Knex } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';

/**
 * The policy's one reader of the consent schema. The consent subgraph owns the schema (its migrations, and
 * every write: grants, revocations, clients, purposes, rules); everything the policy decides on is read here.
 * (The pairwise subject identifiers a client was given are the gateway's own record: policy/pairwise.ts.)
 */

/** A citizen's consent to one client for one purpose, as the decision needs it. */
export interface ConsentGrant {
  readonly id: string;
  readonly scopes: readonly string[];
  readonly validFrom: Date;
  readonly validUntil: Date;
  readonly revoked: boolean;
}

/** The current version of each steward rule, as stored (validated by the rule book as it loads). */
interface StoredRule {
  readonly clientId: string;
  readonly purpose: string;
  readonly version: number;
  readonly scopes: readonly string[];
  readonly legalBasis: string;
  readonly retired: boolean;
}

/** An active client and the quota the steward set for it (null: the hub's default). */
export interface StoredClient {
  readonly id: string;
  readonly requestsPerMinute: number | null;
  readonly personsPerHour: number | null;
  readonly personsPerDay: number | null;
  /** Whether it may run only the operations registered for it (trusted documents). */
  readonly requiresTrustedDocuments: boolean;
  /** What its officers receive in place of a NIK: `NIK`, or `PAIRWISE` (policy/pairwise.ts). */
  readonly subjectIdentifiers: string;
}

/** Active clients and purposes, and the latest version of every rule (retired ones included). */
export async function readRules(
  pool: Pool,
): Promise<{ clients: StoredClient[]; purposes: string[]; rules: StoredRule[] }> {
  const [clients, purposes, rules] = await Promise.all([
    pool.query<StoredClient>(
      `select id, requests_per_minute as "requestsPerMinute", persons_per_hour as "personsPerHour",
              persons_per_day as "personsPerDay", requires_trusted_documents as "requiresTrustedDocuments",
              subject_identifiers as "subjectIdentifiers"
         from consent.client where active`,
    ),
    pool.query<{ code: string }>('select code from consent.purpose where active'),
    pool.query<{
      client_id: string;
      purpose: string;
      version: number;
      scopes: string[];
      legal_basis: string;
      retired: boolean;
    }>(
      `select distinct on (client_id, purpose) client_id, purpose, version, scopes, legal_basis, retired
         from consent.access_rule order by client_id, purpose, version desc`,
    ),
  ]);
  return {
    clients: clients.rows,
    purposes: purposes.rows.map((row) => row.code),
    rules: rules.rows.map((row) => ({
      clientId: row.client_id,
      purpose: row.purpose,
      version: row.version,
      scopes: row.scopes,
      legalBasis: row.legal_basis,
      retired: row.retired,
    })),
  };
}

/** The operations registered for a client (trusted documents): text by SHA-256. */
export async function readTrustedDocuments(pool: Pool, clientId: string): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; body: string }>(
    'select id, body from consent.trusted_document where client_id = $1',
    [clientId],
  );
  return new Map(rows.map((row) => [row.id, row.body]));
}

/**
 * Every grant these people gave the client for the purpose (revoked or not), in one statement: grants and
 * revocations are read together by the people's NIKs (a revocation repeats its grant's NIK, client and purpose)
 * and matched here by consent id, so the read stays on those people's rows (on Citus, their shards:
 * deploy/citus) with no subquery correlated on another key.
 */
export async function readGrants(
  knex: Knex,
  clientId: string | null,
  purpose: string | null,
  niks: readonly string[],
): Promise<Map<string, ConsentGrant[]>> {
  const events: {
    consent_id: string;
    kind: 'GRANTED' | 'REVOKED';
    nik: string;
    scopes: string[];
    valid_from: Date;
    valid_until: Date;
  }[] = await knex
    .select('consent_id', 'kind', 'nik', 'scopes', 'valid_from', 'valid_until')
    .from('consent.consent_event')
    .where({ client_id: clientId, purpose })
    .whereIn('kind', ['GRANTED', 'REVOKED'])
    .whereIn('nik', [...niks]);
  const revoked = new Set(events.filter((event) => event.kind === 'REVOKED').map((event) => event.consent_id));
  const byNik = new Map<string, ConsentGrant[]>(niks.map((nik) => [nik, []]));
  for (const event of events) {
    if (event.kind !== 'GRANTED') continue;
    byNik.get(event.nik)?.push({
      id: event.consent_id,
      scopes: event.scopes,
      validFrom: new Date(event.valid_from),
      validUntil: new Date(event.valid_until),
      revoked: revoked.has(event.consent_id),
    });
  }
  return byNik;
}
