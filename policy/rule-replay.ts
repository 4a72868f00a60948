import type { Caller } from '../auth/caller';
import { isScope } from '../schema/scopes';
import type { SqlExecutor } from './audit/access-log';
import type { ConsentGrant } from './consent-store';
import { decide } from './decide';
import type { Access } from './rule-book';

/** A scope decided differently in the replay: for how many people, in how many requests. */
export interface ScopeChange {
  readonly scope: string;
  readonly people: number;
  readonly requests: number;
}

/** What a rule change would have changed over the recent past, against the rule in force now. */
export interface RuleReplay {
  readonly from: Date;
  readonly to: Date;
  /** Officers' requests replayed (each an access event of the client for the purpose). */
  readonly requests: number;
  /** Distinct people those requests named. */
  readonly people: number;
  /** Whether the window held more requests than a replay reads (the newest are replayed). */
  readonly truncated: boolean;
  /** People for whom at least one scope would have been decided differently. */
  readonly changedPeople: number;
  readonly newlyReleased: ScopeChange[];
  readonly newlyRefused: ScopeChange[];
}

/** The most requests one replay reads: the newest of the window. */
export const REPLAY_LIMIT = 100_000;

interface GrantHistory extends Omit<ConsentGrant, 'revoked'> {
  readonly recordedAt: Date;
  readonly revokedAt: Date | null;
}

/**
 * Replays a proposed rule over the officers' requests of the last `days` for its client and purpose, each scope
 * they asked for decided twice by the hub's own `decide`, at the request's time, with the consents the person
 * held then: once under the rule in force now, once under the proposal. What differs is reported by scope,
 * counting people and requests; nothing about who they are. Reads the access log and the consent history only.
 */
export async function replayRuleChange(
  execute: SqlExecutor,
  options: { clientId: string; purpose: string; inForce: Access; proposed: Access; days: number; now: Date },
): Promise<RuleReplay> {
  const from = new Date(options.now.getTime() - options.days * 86_400_000);
  const events = await execute(
    `select at, nik, scopes || refused_scopes as asked from audit.access_event
      where kind = 'ACCESS' and actor_role = 'officer' and client_id = ? and purpose = ? and at >= ? and at < ?
      order by position desc limit ${REPLAY_LIMIT + 1}`,
    [options.clientId, options.purpose, from.toISOString(), options.now.toISOString()],
  );
  const truncated = events.length > REPLAY_LIMIT;
  const replayed = events.slice(0, REPLAY_LIMIT);
  const niks = [...new Set(replayed.map((event) => event.nik as string | null).filter((nik) => nik !== null))];
  const history = new Map<string, GrantHistory[]>();
  if (niks.length > 0) {
    const grants = await execute(
      `select g.consent_id, g.nik, g.scopes, g.valid_from, g.valid_until, g.recorded_at,
              (select min(r.recorded_at) from consent.consent_event r
                where r.nik = g.nik and r.consent_id = g.consent_id and r.kind = 'REVOKED') as revoked_at
         from consent.consent_event g
        where g.kind = 'GRANTED' and g.client_id = ? and g.purpose = ?
          and g.nik in (select jsonb_array_elements_text(?::jsonb))`,
      [options.clientId, options.purpose, JSON.stringify(niks)],
    );
    for (const row of grants) {
      const nik = String(row.nik);
      history.set(nik, [
        ...(history.get(nik) ?? []),
        {
          id: String(row.consent_id),
          scopes: row.scopes as string[],
          validFrom: new Date(row.valid_from as string),
          validUntil: new Date(row.valid_until as string),
          recordedAt: new Date(row.recorded_at as string),
          revokedAt: row.revoked_at ? new Date(row.revoked_at as string) : null,
        },
      ]);
    }
  }
  // The consents as they stood at a moment: granted by then, revoked only if revoked by then.
  const grantsAt = (nik: string, at: Date): ConsentGrant[] =>
    (history.get(nik) ?? [])
      .filter((grant) => grant.recordedAt <= at)
      .map((grant) => ({ ...grant, revoked: grant.revokedAt !== null && grant.revokedAt <= at }));

  const caller: Caller = {
    subject: 'rule-replay',
    role: 'officer',
    client: options.clientId,
    purpose: options.purpose,
    nik: null,
  };
  const released = new Map<string, { people: Set<string>; requests: number }>();
  const refused = new Map<string, { people: Set<string>; requests: number }>();
  const changedPeople = new Set<string>();
  const note = (into: typeof released, scope: string, person: string) => {
    const change = into.get(scope) ?? { people: new Set<string>(), requests: 0 };
    change.people.add(person);
    change.requests += 1;
    into.set(scope, change);
  };
  for (const event of replayed) {
    const at = new Date(event.at as string);
    const nik = (event.nik as string | null) ?? null;
    const subject = nik ? ({ kind: 'person', nik, relation: 'other' } as const) : ({ kind: 'entry' } as const);
    const grants = nik ? grantsAt(nik, at) : [];
    for (const scope of new Set(event.asked as string[])) {
      if (!isScope(scope)) continue;
      const before = decide(caller, scope, subject, { access: options.inForce, grants, now: at }).kind;
      const after = decide(caller, scope, subject, { access: options.proposed, grants, now: at }).kind;
      if (before === after) continue;
      // A lookup by another key than a NIK counts as one unnamed person per request.
      const person = nik ?? `entry:${String(event.at)}`;
      changedPeople.add(person);
      note(after === 'allow' ? released : refused, scope, person);
    }
  }
  const list = (changes: typeof released): ScopeChange[] =>
    [...changes]
      .map(([scope, change]) => ({ scope, people: change.people.size, requests: change.requests }))
      .sort((a, b) => b.people - a.people || a.scope.localeCompare(b.scope));
  return {
    from,
    to: options.now,
    requests: replayed.length,
    people: new Set(replayed.map((event) => (event.nik as string | null) ?? `entry:${String(event.at)}`)).size,
    truncated,
    changedPeople: changedPeople.size,
    newlyReleased: list(released),
    newlyRefused: list(refused),
  };
}
