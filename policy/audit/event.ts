import type { Caller } from '../../auth/caller';
import type { Basis, DenyCode } from '../decide';
import { leafHash, type Hash } from './merkle';

/** What an event records. ACCESS: a decision on personal data; the others: consent and steward changes. */
export type EventKind =
  | 'ACCESS'
  | 'CONSENT_GRANTED'
  | 'CONSENT_REVOKED'
  | 'CONSENT_REQUESTED'
  | 'DATA_EXPORTED'
  | 'RULE_CHANGED'
  | 'CLIENT_CHANGED'
  | 'PURPOSE_CHANGED'
  | 'DISCLOSURE_CHANGED';

/**
 * One decision a subgraph made on one field for one person (or for a lookup that names nobody: `nik` null),
 * reported to the gateway with the subgraph's response and never shown to the client.
 */
export interface AccessDecision {
  readonly nik: string | null;
  readonly scope: string;
  /** `Type.field`, e.g. `Citizen.fullName`. */
  readonly field: string;
  readonly outcome: 'ALLOWED' | 'REFUSED';
  readonly code?: DenyCode;
  readonly reason?: string;
  readonly basis?: Basis;
}

/**
 * An event as written: who (subject, role, client), for what (purpose), about whom (NIK), which data (scopes
 * and fields released or refused), on what basis (legal basis, consent ids, rule version), with what outcome
 * and why. Never a data value. `detail` carries what a consent or steward event names (consent id, window).
 */
export interface AccessEvent {
  readonly at: Date;
  readonly kind: EventKind;
  readonly requestId: string;
  readonly actorSubject: string;
  readonly actorRole: string;
  readonly clientId: string | null;
  readonly purpose: string | null;
  readonly nik: string | null;
  readonly decision: 'ALLOWED' | 'REFUSED' | 'PARTIAL' | null;
  /** A Pasal 20(2) legal basis, or OWN_DATA, FAMILY_CARD, AUDIT. */
  readonly basis: string | null;
  readonly consentIds: readonly string[];
  readonly ruleVersion: number | null;
  readonly scopes: readonly string[];
  readonly refusedScopes: readonly string[];
  readonly fields: readonly string[];
  readonly reason: string | null;
  readonly detail: Record<string, unknown> | null;
}

/** An event in the log: its position (1-based, gapless) is part of what its leaf hash covers. */
export interface LoggedEvent extends AccessEvent {
  readonly position: number;
}

const FORMAT = 1;

/** JSON with object keys sorted at every level, so the same value always serialises to the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The bytes a leaf hashes: every column of the event in a fixed order, the position included, so that an
 * edited, moved or re-numbered event no longer matches its leaf in the signed tree.
 */
function leafData(event: LoggedEvent): Buffer {
  return Buffer.from(
    JSON.stringify([
      FORMAT,
      event.position,
      event.at.toISOString(),
      event.kind,
      event.requestId,
      event.actorSubject,
      event.actorRole,
      event.clientId,
      event.purpose,
      event.nik,
      event.decision,
      event.basis,
      event.consentIds,
      event.ruleVersion,
      event.scopes,
      event.refusedScopes,
      event.fields,
      event.reason,
      canonical(event.detail),
    ]),
    'utf8',
  );
}

export function eventLeafHash(event: LoggedEvent): Hash {
  return leafHash(leafData(event));
}

function basisText(basis: Basis): { basis: string | null; consentId?: string; ruleVersion?: number } {
  switch (basis.kind) {
    case 'own-data':
      return { basis: 'OWN_DATA' };
    case 'family-card':
      return { basis: 'FAMILY_CARD' };
    case 'audit':
      return { basis: 'AUDIT' };
    case 'statistics':
      return { basis: 'STATISTICS' };
    case 'rule':
      return { basis: basis.legalBasis, ruleVersion: basis.ruleVersion };
    case 'consent':
      return { basis: 'CONSENT', consentId: basis.consentId, ruleVersion: basis.ruleVersion };
    case 'decided-above':
      return { basis: null };
  }
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The events one request's decisions make: one per person whose data the request touched (decisions across
 * fields, aliases and subgraphs merged), and one for lookups that named no person. ALLOWED when every field was
 * released, REFUSED when none was, PARTIAL otherwise.
 */
export function accessEvents(
  caller: Caller,
  requestId: string,
  decisions: readonly AccessDecision[],
  at = new Date(),
): AccessEvent[] {
  const byPerson = new Map<string | null, AccessDecision[]>();
  for (const decision of decisions) {
    const group = byPerson.get(decision.nik);
    if (group) group.push(decision);
    else byPerson.set(decision.nik, [decision]);
  }
  return [...byPerson].map(([nik, group]) => {
    const allowed = group.filter((d) => d.outcome === 'ALLOWED');
    const refused = group.filter((d) => d.outcome === 'REFUSED');
    const bases = allowed.map((d) => basisText(d.basis ?? { kind: 'decided-above' }));
    const named = sorted(bases.map((b) => b.basis).filter((b): b is string => b !== null));
    const versions = bases.map((b) => b.ruleVersion).filter((v): v is number => v !== undefined);
    return {
      at,
      kind: 'ACCESS',
      requestId,
      actorSubject: caller.subject,
      actorRole: caller.role,
      clientId: caller.client,
      purpose: caller.purpose,
      nik,
      decision: refused.length === 0 ? 'ALLOWED' : allowed.length === 0 ? 'REFUSED' : 'PARTIAL',
      basis: named.length > 0 ? named.join(',') : null,
      consentIds: sorted(bases.map((b) => b.consentId).filter((id): id is string => id !== undefined)),
      ruleVersion: versions.length > 0 ? Math.max(...versions) : null,
      scopes: sorted(allowed.map((d) => d.scope)),
      refusedScopes: sorted(refused.map((d) => d.scope)),
      fields: sorted(group.map((d) => d.field)),
      reason: refused.length > 0 ? sorted(refused.map((d) => `${d.code}: ${d.reason}`)).join('; ') : null,
      detail: null,
    };
  });
}
