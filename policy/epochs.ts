import type { KeyValue } from '../hub/kv';

/**
 * Change counters that let a cached answer be trusted: one per person (bumped when their consent or their data
 * changes), one for everybody (bumped with any person's), and one for the steward's rules. An answer cached with
 * the counters it was computed under is served again only while they are all unchanged, so no cache outlives a
 * revocation, whatever its time to live.
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

const ANYONE = 'c360:epoch:anyone';
const RULES = 'c360:epoch:rules';
const person = (nik: string) => `c360:epoch:nik:${nik}`;

export function createEpochs(kv: KeyValue): Epochs {
  return {
    anyone: async () => (await kv.get(ANYONE)) ?? '0',
    read: async (niks) => {
      const values = await kv.getMany([ANYONE, RULES, ...niks.map(person)]);
      return { anyone: values[0] ?? '0', rules: values[1] ?? '0', people: Object.fromEntries(niks.map((nik, i) => [nik, values[i + 2] ?? '0'])) };
    },
    peopleChanged: (niks) => kv.increment([...niks.map(person), ANYONE]),
    rulesChanged: () => kv.increment([RULES]),
  };
}

/** Whether a snapshot taken when an answer was cached still holds for its people and the rules. */
export function stillValid(then: EpochSnapshot, now: EpochSnapshot): boolean {
  return then.rules === now.rules && Object.entries(then.people).every(([nik, epoch]) => now.people[nik] === epoch);
}
