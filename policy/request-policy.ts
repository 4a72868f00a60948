import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/caller';
import type { Scope } from '../schema/scopes';
import type { AccessDecision } from './audit/event';
import { readGrants, type ConsentGrant } from './consent-store';
import type { Decision, Subject } from './decide';
import type { Access, RuleBook } from './rule-book';

/**
 * What the policy looks up while serving one request, created fresh per request (never shared between
 * requests, so a revocation or a rule change counts from the next request on):
 * - the caller's access under the steward's rules, read once per request from the rule book;
 * - consent grants by the citizens the request touches, for the caller's client and purpose, batched: however
 *   many citizens a response holds, one SQL statement per tick;
 * - whose data each object in the response is, by response path, so that a field nested below a person (the
 *   businesses in a citizen's licences) is decided for that person and its own scope;
 * - the decision on each scope of each person, made once: a person's other fields of that scope reuse it;
 * - every decision made, which the subgraph reports to the gateway for the access log.
 */
export interface RequestPolicy {
  access(): Promise<Access>;
  grants(nik: string): Promise<readonly ConsentGrant[]>;
  /** Records that the object at `path` holds the data of the person `nik`. */
  remember(path: readonly (string | number)[], nik: string): void;
  /** The person whose data the object at `path` holds: recorded there or at its nearest ancestor. */
  personAt(path: readonly (string | number)[]): string | undefined;
  /**
   * The decision on `scope` of `subject` in this request: `make` makes it the first time; after that it is known,
   * and given back as it is (no promise) once made. A field that needs no other lookup is then decided at once.
   */
  decision(scope: Scope, subject: Subject, make: () => Promise<Decision>): Decision | Promise<Decision>;
  record(decision: AccessDecision): void;
  /** The decisions recorded so far in this request and not yet settled: the ones the gateway is to write. */
  decisions(): readonly AccessDecision[];
  /**
   * Takes the decisions recorded so far out of the report to the gateway, for a mutation to write them in its
   * own transaction (policy/audit/record.ts `recordWithin`): on the record with its change, or neither.
   */
  settle(): AccessDecision[];
}

export function createRequestPolicy(caller: Caller, rules: RuleBook, knex: Knex): RequestPolicy {
  let access: Promise<Access> | undefined;
  let loader: DataLoader<string, readonly ConsentGrant[]> | undefined;
  const people = new Map<string, string>();
  const decisions: AccessDecision[] = [];
  const decided = new Map<string, Decision | Promise<Decision>>();
  const grantLoader = () =>
    new DataLoader<string, readonly ConsentGrant[]>(async (niks) => {
      const byNik = await readGrants(knex, caller.client, caller.purpose, niks);
      return niks.map((nik) => byNik.get(nik) ?? []);
    });
  return {
    access: () => (access ??= rules.accessFor(caller.client, caller.purpose)),
    grants: (nik) => (loader ??= grantLoader()).load(nik),
    remember: (path, nik) => {
      people.set(path.join('.'), nik);
    },
    personAt: (path) => {
      for (let end = path.length; end > 0; end -= 1) {
        const nik = people.get(path.slice(0, end).join('.'));
        if (nik) return nik;
      }
      return undefined;
    },
    decision: (scope, subject, make) => {
      const key =
        subject.kind === 'person'
          ? `${scope}\u0000${subject.nik}\u0000${subject.relation}`
          : `${scope}\u0000${subject.kind}`;
      const known = decided.get(key);
      if (known) return known;
      const making = make().then(
        (made) => {
          decided.set(key, made);
          return made;
        },
        (error: unknown) => {
          // A lookup that failed is tried again by the next field that needs it.
          decided.delete(key);
          throw error;
        },
      );
      decided.set(key, making);
      return making;
    },
    record: (decision) => {
      decisions.push(decision);
    },
    decisions: () => decisions,
    settle: () => decisions.splice(0, decisions.length),
  };
}
