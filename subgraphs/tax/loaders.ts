import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { Filing } from './entities/filing.entity';
import { TaxProfile } from './entities/tax-profile.entity';

/** Per-request batch loaders of the tax subgraph. */
export interface TaxLoaders {
  /** Taxpayer by NIK, with its tax office joined in the same statement. */
  taxpayerByNik: DataLoader<string, TaxProfile | null>;
  filingsByNpwp: DataLoader<string, Filing[]>;
}

export function createTaxLoaders(em: EntityManager, options: LoaderOptions = BATCHED): TaxLoaders {
  return {
    taxpayerByNik: new DataLoader(async (niks) => {
      const rows = await em.find(
        TaxProfile,
        { nik: { $in: [...niks] } },
        { populate: ['taxOffice'], strategy: 'joined' },
      );
      const byNik = new Map(rows.map((row) => [row.nik, row]));
      return niks.map((nik) => byNik.get(nik) ?? null);
    }, options),
    filingsByNpwp: new DataLoader(async (npwps) => {
      const rows = await em.find(Filing, { npwp: { $in: [...npwps] } }, { orderBy: { year: 'desc' } });
      const grouped = new Map<string, Filing[]>(npwps.map((npwp) => [npwp, []]));
      for (const row of rows) grouped.get(row.npwp)?.push(row);
      return npwps.map((npwp) => grouped.get(npwp) ?? []);
    }, options),
  };
}
