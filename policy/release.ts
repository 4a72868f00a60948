import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller';
import { ErrorCode } from '../schema/errors';
import { LegalBasis } from '../schema/legal-bases';
import type { Scope } from '../schema/scopes';
import type { AccessDecision } from './audit/event';
import type { PolicyContext } from './context';
import { decide, type Decision, type DenyCode, type Subject } from './decide';
import { withinCeiling } from './role-ceiling';
import type { Access } from './rule-book';
import type { QuotaLimit, QuotaVerdict } from './quota';

/**
 * The policy's entry points, the only ones the rest of the hub calls to decide on personal data:
 * - `admit`: before anything is read, whether the caller could be given any of these scopes at all (the role's
 *   ceiling; an officer's rule for the client and purpose). The gateway asks before planning; a resolver that
 *   serves a scope to officers as a whole (the change feed) asks before it reads. A refusal is recorded.
 * - `judge`: the decision on one scope of one subject for the request's caller, with the lookups it needs
 *   (the officer's rule, the person's consent grants), not recorded: for filtering what a list shows.
 * - `release`: `judge` for every subject a field holds, each decision recorded for the access log; the first
 *   refusal, if any. `releaseEach`: the same for each person of a list, keeping the ones released.
 * Refusals become client errors through `refusalError` only, so every refusal reads the same.
 */

/** Why the caller could not be given any of the scopes asked for, or that they could. */
type Admission =
  | { readonly kind: 'admitted' }
  | {
      readonly kind: 'refused';
      readonly code: DenyCode;
      readonly reason: string;
      readonly message: string;
      /** For RATE_LIMITED: when the window that refused turns. */
      readonly retryAfterSeconds?: number;
      /** For RATE_LIMITED: which limit. */
      readonly limit?: QuotaLimit;
    };

/** The per-request facts `admit` and `judge` need: the caller, their access under the rules, where to record. */
interface AdmissionFacts {
  readonly caller: Caller;
  /** The officer's access under the steward's rules (read only for officers). */
  access(): Promise<Access>;
  record(decision: AccessDecision): void;
  /** Counts the request against the officer's client's quota (the gateway's pre-check only). */
  quota?(): Promise<QuotaVerdict>;
}

export async function admit(facts: AdmissionFacts, scopes: readonly Scope[], field: string): Promise<Admission> {
  const { caller } = facts;
  const refuse = (
    refused: Iterable<Scope>,
    code: DenyCode,
    reason: string,
    message = `Not allowed: ${reason}`,
  ): Admission => {
    for (const scope of refused) facts.record({ nik: null, scope, field, outcome: 'REFUSED', code, reason });
    return { kind: 'refused', code, reason, message };
  };
  const outside = scopes.filter((scope) => !withinCeiling(caller.role, scope)).sort();
  if (outside.length > 0) {
    const names = outside.join(', ');
    return refuse(
      outside,
      ErrorCode.FORBIDDEN,
      `scopes outside the ${caller.role} role: ${names}`,
      `The ${caller.role} role may not read personal data (${names})`,
    );
  }
  if (caller.role !== 'officer') return { kind: 'admitted' };
  const access = await facts.access();
  if (access.kind === 'refused') return refuse(scopes, access.code, access.reason);
  if (!scopes.some((scope) => access.rule.scopes.has(scope))) {
    const { clientId, purpose } = access.rule;
    const reason =
      `the rule for client ${clientId} and purpose ${purpose} covers none ` + `of ${[...scopes].sort().join(', ')}`;
    return refuse(scopes, ErrorCode.PURPOSE_NOT_ALLOWED, reason);
  }
  const verdict = await facts.quota?.();
  if (verdict?.kind === 'over')
    return {
      ...refuse(
        scopes,
        ErrorCode.RATE_LIMITED,
        `client ${access.rule.clientId} is over its quota (${verdict.reason})`,
        `Too many requests: client ${access.rule.clientId} is over its ${verdict.limit} quota; retry after ` +
          `${verdict.retryAfterSeconds} s`,
      ),
      retryAfterSeconds: verdict.retryAfterSeconds,
      limit: verdict.limit,
    } as Admission;
  return { kind: 'admitted' };
}

/** The decision on releasing `scope` of `subject` to the request's caller (recorded by nobody). */
export async function judge(context: PolicyContext, scope: Scope, subject: Subject): Promise<Decision> {
  const { caller, policy } = context;
  const access = caller.role === 'officer' ? await policy.access() : undefined;
  const consentBased =
    access?.kind === 'granted' && access.rule.legalBasis === LegalBasis.CONSENT && access.rule.scopes.has(scope);
  const grants = consentBased && subject.kind === 'person' ? await policy.grants(subject.nik) : undefined;
  return decide(caller, scope, subject, { access, grants, now: new Date() });
}

type Refusal = Extract<Decision, { kind: 'deny' }>;

/**
 * Decides `scope` of `field` for each subject and records every decision; returns the first refusal, if any.
 * Each person's scope is decided once per request (`policy.decision`): once it is, the answer comes back at once,
 * not as a promise, so the other fields of that scope cost no lookup and no wait.
 */
export function release(
  context: PolicyContext,
  scope: Scope,
  subjects: readonly Subject[],
  field: string,
  /** For a lookup by another key (card, KK, NPWP, application id): the people it touches, each on the record. */
  touched: readonly string[] = [],
): Refusal | undefined | Promise<Refusal | undefined> {
  const decisions = subjects.map((subject) =>
    context.policy.decision(scope, subject, () => judge(context, scope, subject)),
  );
  const settle = (made: readonly Decision[]) => {
    let refused: Refusal | undefined;
    made.forEach((decision, i) => {
      const subject = subjects[i];
      const people = subject.kind === 'person' ? [subject.nik] : touched.length > 0 ? touched : [null];
      for (const nik of people)
        context.policy.record(
          decision.kind === 'allow'
            ? { nik, scope, field, outcome: 'ALLOWED', basis: decision.basis }
            : { nik, scope, field, outcome: 'REFUSED', code: decision.code, reason: decision.reason },
        );
      refused ??= decision.kind === 'deny' ? decision : undefined;
    });
    return refused;
  };
  return decisions.every((decision) => !(decision instanceof Promise))
    ? settle(decisions as Decision[])
    : Promise.all(decisions).then(settle);
}

/**
 * The people of a list (household members) the caller may be given `scope` of, each decided for that person
 * and recorded against them: the ones refused are left out, with no placeholder, so the list does not tell that
 * they are there. A citizen's relation to anyone else is `other` here: only the family card's own scopes
 * (population.identity, population.family) are shown to family, and the population subgraph decides those.
 */
export async function releaseEach<T extends { nik: string }>(
  context: PolicyContext,
  scope: Scope,
  people: readonly T[],
  field: string,
): Promise<T[]> {
  const { caller } = context;
  const refused = await Promise.all(
    people.map((person) =>
      release(
        context,
        scope,
        [{ kind: 'person', nik: person.nik, relation: person.nik === caller.nik ? 'self' : 'other' }],
        field,
      ),
    ),
  );
  return people.filter((_, i) => !refused[i]);
}

/**
 * A refusal as the client sees it: `extensions.code` and `reason`, the message from `admit` or `Not allowed:`
 * and the reason. `status` sets the HTTP status (the gateway's refusals before planning are 403).
 */
export function refusalError(
  refusal: { code: string; reason: string; message?: string },
  status?: number,
): GraphQLError {
  return new GraphQLError(refusal.message ?? `Not allowed: ${refusal.reason}`, {
    extensions: { code: refusal.code, reason: refusal.reason, ...(status ? { http: { status } } : {}) },
  });
}
