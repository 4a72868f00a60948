import type { PubSub } from '../hub/pubsub';
import { createLogger, errorFields } from '../hub/log';
import { servingPool } from '../hub/silent-connections';
import { LegalBasis } from '../schema/legal-bases';
import { isScope, type Scope } from '../schema/scopes';
import { ErrorCode } from '../schema/errors';
import { readRules, readTrustedDocuments, type StoredClient } from './consent-store';
import { SubjectIdentifierKind } from './pairwise';
import { DEFAULT_CLIENT_QUOTA, type ClientQuota } from './quota';

const log = createLogger('policy');

/** Published after every steward change; every rule book that hears it reloads before its next decision. */
const RULES_CHANGED_CHANNEL = 'citizen360:rules-changed';

/** The current version of a steward rule: what a client may read for a purpose, and on which legal basis. */
export interface AccessRule {
  readonly clientId: string;
  readonly purpose: string;
  readonly version: number;
  readonly scopes: ReadonlySet<Scope>;
  readonly legalBasis: LegalBasis;
}

/** What an officer's client may do for the stated purpose. */
export type Access =
  | { readonly kind: 'granted'; readonly rule: AccessRule }
  | {
      readonly kind: 'refused';
      readonly code: typeof ErrorCode.FORBIDDEN | typeof ErrorCode.PURPOSE_NOT_ALLOWED;
      readonly reason: string;
    };

export interface RuleBook {
  /** The rule for this client and purpose, or why there is none. Reads the cached rules (loading them when stale). */
  accessFor(clientId: string | null, purpose: string | null): Promise<Access>;
  /** The quota the steward set for a registered client, the hub's defaults filling what is not set. */
  quotaFor(clientId: string): Promise<ClientQuota>;
  /**
   * Whether the client may run only the operations a steward registered for it (trusted documents). An unknown or
   * inactive client is not held to them: its requests are refused on other grounds.
   */
  requiresTrustedDocuments(clientId: string): Promise<boolean>;
  /**
   * What the client's officers receive in place of a NIK (policy/pairwise.ts). An unknown or inactive client: NIK
   * (its requests are refused on other grounds).
   */
  subjectIdentifiersFor(clientId: string): Promise<SubjectIdentifierKind>;
  /** The text of an operation registered for the client, by its SHA-256 (lower-case hex). */
  trustedDocument(clientId: string, id: string): Promise<string | undefined>;
  /** Tells every process (this one included) that the steward changed something: rules are reloaded. */
  changed(): Promise<void>;
  close(): Promise<void>;
}

interface Snapshot {
  clients: ReadonlyMap<string, StoredClient>;
  purposes: ReadonlySet<string>;
  rules: ReadonlyMap<string, AccessRule>;
}

interface RuleBookOptions {
  databaseUrl: string;
  pubsub: PubSub;
  /** Longest a loaded rule set is used without hearing of a change (a lost notification). Default 60 s. */
  maxAgeMs?: number;
}

const key = (clientId: string, purpose: string) => `${clientId}\u0000${purpose}`;
const LEGAL_BASES = new Set<string>(Object.values(LegalBasis));

/**
 * The steward's rules, clients and purposes (schema `consent`, read through policy/consent-store.ts), cached in memory
 * because every officer request consults them. A change published on RULES_CHANGED_CHANNEL drops the cache, so the next
 * request reads the new rules; a cache older than `maxAgeMs` is reloaded anyway. Consent grants are never cached here:
 * they are read per request (policy/request-policy.ts), so a revocation counts from the very next request.
 *
 * Rules are validated as they load: a scope outside the catalogue is dropped and a rule with an unknown legal
 * basis is ignored, each logged. What is not loaded is not granted.
 */
export async function createRuleBook(options: RuleBookOptions): Promise<RuleBook> {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const pool = servingPool(options.databaseUrl, 1);
  pool.on('error', (error) => log.warn('rule book connection closed', errorFields(error)));
  let snapshot: { value: Snapshot; loadedAt: number } | undefined;
  let loading: Promise<Snapshot> | undefined;
  let generation = 0;
  // Each client's registered operations, loaded at its first request that needs them, and dropped with the rules
  // (at every steward change, and when the rules are reloaded for their age).
  let documents = new Map<string, Promise<ReadonlyMap<string, string>>>();

  const invalidate = () => {
    generation += 1;
    snapshot = undefined;
    loading = undefined;
    documents = new Map();
  };

  async function load(): Promise<Snapshot> {
    const { clients, purposes, rules } = await readRules(pool);
    const current = new Map<string, AccessRule>();
    for (const row of rules) {
      if (row.retired) continue;
      if (!LEGAL_BASES.has(row.legalBasis)) {
        log.error('access rule ignored: unknown legal basis', {
          client: row.clientId,
          purpose: row.purpose,
          version: row.version,
        });
        continue;
      }
      const unknown = row.scopes.filter((scope) => !isScope(scope));
      if (unknown.length > 0)
        log.warn('access rule scopes outside the catalogue ignored', {
          client: row.clientId,
          purpose: row.purpose,
          version: row.version,
          scopes: unknown,
        });
      current.set(
        key(row.clientId, row.purpose),
        Object.freeze({
          clientId: row.clientId,
          purpose: row.purpose,
          version: row.version,
          scopes: new Set(row.scopes.filter(isScope)),
          legalBasis: row.legalBasis as LegalBasis,
        }),
      );
    }
    return { clients: new Map(clients.map((c) => [c.id, c])), purposes: new Set(purposes), rules: current };
  }

  async function current(): Promise<Snapshot> {
    if (snapshot && Date.now() - snapshot.loadedAt < maxAgeMs) return snapshot.value;
    if (!loading) {
      const started = generation;
      const attempt = load().then((value) => {
        if (generation === started) {
          snapshot = { value, loadedAt: Date.now() };
          documents = new Map();
        }
        return value;
      });
      loading = attempt;
      attempt.then(
        () => {
          if (loading === attempt) loading = undefined;
        },
        () => {
          if (loading === attempt) loading = undefined;
        },
      );
    }
    return loading;
  }

  const unsubscribe = await options.pubsub.subscribe(RULES_CHANGED_CHANNEL, invalidate);

  return {
    async accessFor(clientId, purpose) {
      if (!purpose)
        return {
          kind: 'refused',
          code: ErrorCode.PURPOSE_NOT_ALLOWED,
          reason: "state the purpose of use (x-purpose header or the token's purpose claim)",
        };
      const { clients, purposes, rules } = await current();
      if (!purposes.has(purpose))
        return {
          kind: 'refused',
          code: ErrorCode.PURPOSE_NOT_ALLOWED,
          reason: `purpose ${purpose} is not in the catalogue`,
        };
      if (!clientId || !clients.has(clientId))
        return { kind: 'refused', code: ErrorCode.FORBIDDEN, reason: 'the client is not a registered service' };
      const rule = rules.get(key(clientId, purpose));
      if (!rule)
        return {
          kind: 'refused',
          code: ErrorCode.PURPOSE_NOT_ALLOWED,
          reason: `no rule lets client ${clientId} use personal data for ${purpose}`,
        };
      return { kind: 'granted', rule };
    },
    async quotaFor(clientId) {
      const client = (await current()).clients.get(clientId);
      return {
        requestsPerMinute: client?.requestsPerMinute ?? DEFAULT_CLIENT_QUOTA.requestsPerMinute,
        personsPerHour: client?.personsPerHour ?? DEFAULT_CLIENT_QUOTA.personsPerHour,
        personsPerDay: client?.personsPerDay ?? DEFAULT_CLIENT_QUOTA.personsPerDay,
      };
    },
    async requiresTrustedDocuments(clientId) {
      return (await current()).clients.get(clientId)?.requiresTrustedDocuments ?? false;
    },
    async subjectIdentifiersFor(clientId) {
      const kind = (await current()).clients.get(clientId)?.subjectIdentifiers;
      // A setting this process does not know is taken for the stricter one.
      if (kind === undefined || kind === SubjectIdentifierKind.NIK) return SubjectIdentifierKind.NIK;
      return SubjectIdentifierKind.PAIRWISE;
    },
    async trustedDocument(clientId, id) {
      if (!(await current()).clients.has(clientId)) return undefined;
      const cache = documents;
      let byId = cache.get(clientId);
      if (!byId) {
        byId = readTrustedDocuments(pool, clientId);
        cache.set(clientId, byId);
        byId.catch(() => cache.delete(clientId));
      }
      return (await byId).get(id);
    },
    async changed() {
      invalidate();
      await options.pubsub
        .publish(RULES_CHANGED_CHANNEL, String(Date.now()))
        .catch((error: unknown) =>
          log.warn('rule change not published: other processes reload within their maximum age', errorFields(error)),
        );
    },
    async close() {
      await unsubscribe().catch(() => undefined);
      await pool.end();
    },
  };
}
