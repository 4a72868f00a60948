import { createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { createLogger, errorFields } from '../hub/log';
import { servingPool } from '../hub/silent-connections';

const log = createLogger('policy');

/** What a client's officers receive where a person's NIK would be: the NIK itself, or a pairwise identifier. */
export enum SubjectIdentifierKind {
  NIK = 'NIK',
  PAIRWISE = 'PAIRWISE',
}

/**
 * A pairwise subject identifier: `ps-` and 26 lower-case base32 characters, the 13th always a letter, so it never
 * holds 16 digits in a row and can never be taken for a NIK (or any 16-digit number).
 */
export const PAIRWISE_SUBJECT = /^ps-[a-z2-7]{12}[a-z][a-z2-7]{13}$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Buffer, characters: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < characters) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === characters) break;
  }
  return out;
}

/**
 * The identifier of the person with this NIK for this client: HMAC-SHA-256 under the hub's key of the client id,
 * a NUL and the NIK, its first 130 bits in lower-case base32 after `ps-` (about 127 of them left by making the
 * 13th character a letter). The same for one client every time,
 * different for every other client, and without the key nobody can tell whether two clients' identifiers are of
 * one person, or test a NIK against one (OpenID Connect's pairwise `sub`).
 */
export function pairwiseSubject(key: string, clientId: string, nik: string): string {
  const mac = createHmac('sha256', key).update(`${clientId}\u0000${nik}`).digest();
  const body = base32(mac, 26);
  // The 13th character made a letter (from the same 5 bits): digit runs are then at most 13 long.
  const middle = BASE32[BASE32.indexOf(body[12]) % 26];
  return `ps-${body.slice(0, 12)}${middle}${body.slice(13)}`;
}

/**
 * The pairwise identifiers the hub has given each client, so that a client can ask about a person by the
 * identifier it was given (and by no other): `consent.pairwise_subject` (the consent subgraph's migrations create
 * it; the gateway, through this module, is its one writer and reader, as the policy module is the one reader of
 * the rest of the consent schema).
 */
export interface PairwiseSubjects {
  /** Loads the key now (a gateway checks it at start, so a missing key in production stops it there). */
  checkKey(): void;
  /** The client's identifier for this NIK (no database). */
  subjectFor(clientId: string, nik: string): string;
  /**
   * Records that the client was given these identifiers (one statement for them all; those it was given before
   * cost nothing). Resolves once they are stored, so the client can ask by any of them as soon as it has them.
   */
  issued(clientId: string, niks: readonly string[]): Promise<void>;
  /** The NIK behind each identifier this client was given; an identifier it was not given is absent. */
  resolve(clientId: string, subjects: readonly string[]): Promise<ReadonlyMap<string, string>>;
  close(): Promise<void>;
}

interface PairwiseSubjectsOptions {
  /** The serving database (schema `consent`). */
  databaseUrl: string;
  /** Reads the key (PAIRWISE_KEY_FILE): called once, at `checkKey` or at the first identifier. */
  key: () => string;
  /** Identifiers remembered as stored, per process, so a client's repeated reads write nothing. Default 100,000. */
  rememberIssued?: number;
}

export function createPairwiseSubjects(options: PairwiseSubjectsOptions): PairwiseSubjects {
  let key: string | undefined;
  let pool: Pool | undefined;
  const keyOf = () => (key ??= options.key());
  const poolOf = () => {
    if (!pool) {
      pool = servingPool(options.databaseUrl, 2);
      pool.on('error', (error) => log.warn('pairwise subject connection closed', errorFields(error)));
    }
    return pool;
  };
  // Insertion-ordered: the oldest is forgotten first.
  const stored = new Set<string>();
  const remember = options.rememberIssued ?? 100_000;
  const subjectFor = (clientId: string, nik: string) => pairwiseSubject(keyOf(), clientId, nik);
  return {
    checkKey: () => void keyOf(),
    subjectFor,
    async issued(clientId, niks) {
      const fresh = [...new Set(niks)]
        .map((nik) => ({ nik, subject: subjectFor(clientId, nik) }))
        .filter(({ subject }) => !stored.has(`${clientId}\u0000${subject}`));
      if (fresh.length === 0) return;
      await poolOf().query(
        `insert into consent.pairwise_subject (client_id, subject, nik)
         select $1, subject, nik from unnest($2::text[], $3::text[]) as issued(subject, nik)
         on conflict (client_id, subject) do nothing`,
        [clientId, fresh.map((f) => f.subject), fresh.map((f) => f.nik)],
      );
      for (const { subject } of fresh) {
        stored.add(`${clientId}\u0000${subject}`);
        if (stored.size > remember) stored.delete(stored.values().next().value!);
      }
    },
    async resolve(clientId, subjects) {
      const wanted = [...new Set(subjects)].filter((subject) => PAIRWISE_SUBJECT.test(subject));
      if (wanted.length === 0) return new Map();
      const { rows } = await poolOf().query<{ subject: string; nik: string }>(
        'select subject, nik from consent.pairwise_subject where client_id = $1 and subject = any($2::text[])',
        [clientId, wanted],
      );
      // A row is believed only if the key still gives it: an identifier of another key (rotated) is unknown.
      return new Map(
        rows.filter((row) => subjectFor(clientId, row.nik) === row.subject).map((row) => [row.subject, row.nik]),
      );
    },
    async close() {
      await pool?.end();
    },
  };
}
