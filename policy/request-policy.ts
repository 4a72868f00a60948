import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/caller';
import type { AccessDecision } from './audit/event';
import { readGrants, type ConsentGrant } from './consent-store';
import type { Access, RuleBook } from './rule-book';

/**
 * What the policy looks up while serving one request, created fresh per request (never shared between
 * requests, so a revocation or a rule change counts from the next request on):
 * - the caller's access under the steward's rules, read once per request from the rule book;
 * - consent grants by the citizens the request touches, for the caller's client and purpose, batched: however
 *   many citizens a response holds, one SQL statement per tick;
 * - whose data each object in the response is, by response path, so that a field nested below a person (the
 *   businesses in a citizen's licences) is decided for that person and its own scope;
 * - every decision made, which the subgraph reports to the gateway for the access log.
 */
export interface RequestPolicy {
  access(): Promise<Access>;
  grants(nik: string): Promise<readonly ConsentGrant[]>;
  /** Records that the object at `path` holds the data of the person `nik`. */
  remember(path: readonly (string | number)[], nik: string): void;
  /** The person whose data the object at `path` holds: recorded there or at its nearest ancestor. */
  personAt(path: readonly (string | number)[]): string | undefined;
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
    record: (decision) => {
      decisions.push(decision);
    },
    decisions: () => decisions,
    settle: () => decisions.splice(0, decisions.length),
  };
}
