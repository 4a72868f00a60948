import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { Filing } from './entities/filing.entity';
import { TaxProfile } from './entities/tax-profile.entity';

/** Per-request batch loaders of the tax subgraph: plain reads (hub/orm.ts plainEntities). */
export interface TaxLoaders {
  /** Taxpayer by NIK, with its tax office joined in the same statement. */
  taxpayerByNik: DataLoader<string, TaxProfile | null>;
  filingsByNpwp: DataLoader<string, Filing[]>;
}

export function createTaxLoaders(em: EntityManager, options: LoaderOptions = BATCHED): TaxLoaders {
  return {
    taxpayerByNik: new DataLoader(async (niks) => {
      const rows = await plainEntities(em, TaxProfile, {
        where: inParams('t.nik', niks),
        params: niks,
        join: 'taxOffice',
        replica: true,
      });
      const byNik = new Map(rows.map((row) => [row.nik, row]));
      return niks.map((nik) => byNik.get(nik) ?? null);
    }, options),
    filingsByNpwp: new DataLoader(async (npwps) => {
      const rows = await plainEntities(em, Filing, {
        where: inParams('t.npwp', npwps),
        params: npwps,
        orderBy: 't.year desc',
        replica: true,
      });
      const grouped = new Map<string, Filing[]>(npwps.map((npwp) => [npwp, []]));
      for (const row of rows) grouped.get(row.npwp)?.push(row);
      return npwps.map((npwp) => grouped.get(npwp) ?? []);
    }, options),
  };
}
