import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { BpjsMembership } from './entities/bpjs-membership.entity';
import { Patient } from './entities/patient.entity';

/** Per-request batch loaders of the health subgraph: plain reads (hub/orm.ts plainEntities). */
export interface HealthLoaders {
  /** JKN membership by NIK, with the primary-care facility joined in the same statement. */
  membershipByNik: DataLoader<string, BpjsMembership | null>;
  patientByNik: DataLoader<string, Patient | null>;
}

export function createHealthLoaders(em: EntityManager, options: LoaderOptions = BATCHED): HealthLoaders {
  return {
    membershipByNik: new DataLoader(async (niks) => {
      const rows = await plainEntities(em, BpjsMembership, {
        where: inParams('t.nik', niks),
        params: niks,
        join: 'primaryCareFacility',
        replica: true,
      });
      const byNik = new Map(rows.map((row) => [row.nik, row]));
      return niks.map((nik) => byNik.get(nik) ?? null);
    }, options),
    patientByNik: new DataLoader(async (niks) => {
      const rows = await plainEntities(em, Patient, { where: inParams('t.nik', niks), params: niks, replica: true });
      const byNik = new Map(rows.map((row) => [row.nik, row]));
      return niks.map((nik) => byNik.get(nik) ?? null);
    }, options),
  };
}
