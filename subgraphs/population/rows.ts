import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainRows } from '../../hub/orm';
import type { Village } from './entities/village.entity';

/**
 * Villages with their district, regency and province, in one joined statement, as plain objects shaped as the
 * entities are (the chain is three references deep; the profile path's other reads use hub/orm.ts plainEntities).
 */
export async function villagesByCode(em: EntityManager, codes: readonly string[]): Promise<Village[]> {
  const found = await plainRows(
    em,
    `select v.code, v.name, d.code as district_code, d.name as district_name, r.code as regency_code,
            r.name as regency_name, p.code as province_code, p.name as province_name
       from population.village v
       join population.district d on d.code = v.district_code
       join population.regency r on r.code = d.regency_code
       join population.province p on p.code = r.province_code
      where ${inParams('v.code', codes)}`,
    [...codes],
    { replica: true },
  );
  return found.map(
    (row) =>
      ({
        code: row.code,
        name: row.name,
        district: {
          code: row.district_code,
          name: row.district_name,
          regency: {
            code: row.regency_code,
            name: row.regency_name,
            province: { code: row.province_code, name: row.province_name },
          },
        },
      }) as unknown as Village,
  );
}
