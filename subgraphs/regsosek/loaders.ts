import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { EligibilityObjection } from './entities/eligibility-objection.entity';
import { Household } from './entities/household.entity';
import { HouseholdMember } from './entities/household-member.entity';
import { ProgrammeRule } from './entities/programme-rule.entity';

/**
 * Per-request batch loaders of the regsosek subgraph (created in the context, never shared between requests);
 * households and members are plain reads (hub/orm.ts plainEntities).
 */
export interface RegsosekLoaders {
  /** A person's household membership, with the household joined in the same statement. */
  memberByNik: DataLoader<string, HouseholdMember | null>;
  membersByHousehold: DataLoader<string, HouseholdMember[]>;
  household: DataLoader<string, Household | null>;
  householdByKk: DataLoader<string, Household | null>;
  /**
   * A person's latest objection per programme, from the primary (an objection counts from the next read on,
   * wherever it is served).
   */
  latestObjections: DataLoader<string, EligibilityObjection[]>;
  /** The programme rules, read at most once per request. */
  rules(): Promise<ProgrammeRule[]>;
}

function index<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createRegsosekLoaders(em: EntityManager, options: LoaderOptions = BATCHED): RegsosekLoaders {
  let rules: Promise<ProgrammeRule[]> | undefined;
  const households = async (column: 'id' | 'kk', keys: readonly string[]) =>
    index(
      await plainEntities(em, Household, { where: inParams(`t.${column}`, keys), params: keys, replica: true }),
      (h) => h[column],
      keys,
    );
  const household = new DataLoader((ids: readonly string[]) => households('id', ids), options);
  return {
    // The membership by NIK, then its household by id: each read stays on its own rows' shards when the tables
    // are distributed (deploy/citus, F2), where a household looked up from the membership's row would not.
    memberByNik: new DataLoader(async (niks) => {
      const members = await plainEntities(em, HouseholdMember, {
        where: inParams('t.nik', niks),
        params: niks,
        replica: true,
      });
      const found = await household.loadMany(members.map((member) => member.household.id));
      members.forEach((member, i) => {
        const joined = found[i];
        if (joined instanceof Error) throw joined;
        if (joined) member.household = joined;
      });
      return index(members, (m) => m.nik, niks);
    }, options),
    membersByHousehold: new DataLoader(async (ids) => {
      const members = await plainEntities(em, HouseholdMember, {
        where: inParams('t.household_id', ids),
        params: ids,
        orderBy: 't.nik',
        replica: true,
      });
      const grouped = new Map<string, HouseholdMember[]>(ids.map((id) => [id, []]));
      for (const member of members) grouped.get(member.household.id)?.push(member);
      return ids.map((id) => grouped.get(id) ?? []);
    }, options),
    household,
    householdByKk: new DataLoader((kks) => households('kk', kks), options),
    // From the primary, through the plain path (no identity map): one statement for the batch, and none of
    // MikroORM's entity bookkeeping on every eligibility read for the few people who ever objected.
    latestObjections: new DataLoader(async (niks) => {
      const objections = await plainEntities(em, EligibilityObjection, {
        where: inParams('t.nik', niks),
        params: niks,
        orderBy: 't.received_at desc, t.id desc',
      });
      return niks.map((nik) => {
        const latest = new Map<string, EligibilityObjection>();
        for (const o of objections) if (o.nik === nik && !latest.has(o.programme)) latest.set(o.programme, o);
        return [...latest.values()];
      });
    }, options),
    rules: () => (rules ??= plainEntities(em, ProgrammeRule, { where: 'true', params: [] })),
  };
}
