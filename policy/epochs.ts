import type { KeyValue } from '../hub/kv';

/**
 * Change counters that let a cached answer be trusted: one per person (bumped when their consent or their data
 * changes), one for everybody (bumped with any person's), and one for the steward's rules. An answer cached with
 * the counters it was computed under is served again only while they are all unchanged, so no cache outlives a
 * revocation, whatever its time to live.
 *
 * A bump gives the counter a value it never held (a fresh token, not a count), kept CHANGE_HORIZON_SECONDS
 * after the last change; then the key goes, and a counter never bumped or long quiet reads as '0'. So an import
 * of millions of people leaves no key per person behind for good, and nothing stale comes back: an answer
 * stored before a change lives at most an hour (RESPONSE_CACHE_TTL_SECONDS), well inside the horizon, and one
 * stored during it holds a token no later change repeats.
 */
export interface Epochs {
  /** The counter of all people's changes, read before a request is answered. */
  anyone(): Promise<string>;
  /** The counters of these people, of everybody and of the rules, as they are now. */
  read(niks: readonly string[]): Promise<EpochSnapshot>;
  /** These people's consent or data changed (also counts as a change for everybody). */
  peopleChanged(niks: readonly string[]): Promise<void>;
  rulesChanged(): Promise<void>;
}

export interface EpochSnapshot {
  anyone: string;
  rules: string;
  people: Record<string, string>;
}

/** How long a changed counter is kept: longer than any answer may be reused (at most 3,600 s, hub/config.ts). */
export const CHANGE_HORIZON_SECONDS = 86_400;

const ANYONE = 'epoch:anyone';
const RULES = 'epoch:rules';
const person = (nik: string) => `epoch:nik:${nik}`;

export function createEpochs(kv: KeyValue): Epochs {
  return {
    anyone: async () => (await kv.get(ANYONE)) ?? '0',
    read: async (niks) => {
      const values = await kv.getMany([ANYONE, RULES, ...niks.map(person)]);
      return {
        anyone: values[0] ?? '0',
        rules: values[1] ?? '0',
        people: Object.fromEntries(niks.map((nik, i) => [nik, values[i + 2] ?? '0'])),
      };
    },
    peopleChanged: (niks) => kv.mark([...niks.map(person), ANYONE], CHANGE_HORIZON_SECONDS),
    rulesChanged: () => kv.mark([RULES], CHANGE_HORIZON_SECONDS),
  };
}

/** Whether a snapshot taken when an answer was cached still holds for its people and the rules. */
export function stillValid(then: EpochSnapshot, now: EpochSnapshot): boolean {
  return then.rules === now.rules && Object.entries(then.people).every(([nik, epoch]) => now.people[nik] === epoch);
}
