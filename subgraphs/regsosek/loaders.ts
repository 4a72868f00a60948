import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
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
  return {
    memberByNik: new DataLoader(async (niks) => {
      const members = await plainEntities(em, HouseholdMember, {
        where: inParams('t.nik', niks),
        params: niks,
        join: 'household',
        replica: true,
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
    household: new DataLoader((ids) => households('id', ids), options),
    householdByKk: new DataLoader((kks) => households('kk', kks), options),
    rules: () => (rules ??= plainEntities(em, ProgrammeRule, { where: 'true', params: [] })),
  };
}
