import type { Pool } from 'pg';

/**
 * The reads the Citizen 360 profile needs, as plain SQL from one Node process: the floor S1 is measured
 * against. One lane per agency, run side by side as the gateway fans out; within a lane, each read that needs
 * the one before waits for it. Returns the citizen's name, to check it read something.
 */
export async function profileFloor(pool: Pool, nik: string): Promise<string> {
  const one = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;
  const [population] = await Promise.all([
    (async () => {
      const [citizen] = await one(
        `select c.*, v.name as village, d.name as district, r.name as regency, p.name as province
           from population.citizen c join population.village v on v.code = c.village_code join population.district d on
           d.code = v.district_code
           join population.regency r on r.code = d.regency_code join population.province p on p.code = r.province_code
           where c.nik = $1`,
        [nik],
      );
      await one('select * from population.citizen where family_kk = $1 order by birth_date, nik', [citizen.family_kk]);
      return citizen.full_name as string;
    })(),
    (async () => {
      const [member] = await one(
        'select m.*, h.* from regsosek.household_member m join ' +
          'regsosek.household h on h.id = m.household_id where m.nik = $1',
        [nik],
      );
      if (member)
        await one('select * from regsosek.household_member where household_id = $1 order by nik', [
          member.household_id,
        ]);
      await one('select * from regsosek.programme_rule', []);
    })(),
    (async () => {
      const [taxpayer] = await one(
        'select t.*, o.name as office from tax.taxpayer t join ' +
          'tax.tax_office o on o.code = t.tax_office_code where t.nik = $1',
        [nik],
      );
      if (taxpayer) await one('select * from tax.filing where npwp = $1 order by year desc', [taxpayer.npwp]);
    })(),
    (async () => {
      await Promise.all([
        one(
          'select m.*, f.name as facility from health.membership m join health.facility f on f.code = ' +
            'm.facility_code where m.nik = $1',
          [nik],
        ),
        one('select * from health.patient where nik = $1', [nik]),
      ]);
    })(),
    (async () => {
      const [, , businesses] = await Promise.all([
        one('select * from licensing.str where nik = $1', [nik]),
        one('select * from licensing.sip where nik = $1', [nik]),
        one('select * from licensing.business where owner_nik = $1', [nik]),
        one('select * from licensing.application where nik = $1 order by submitted_at desc', [nik]),
      ]);
      if (businesses.length > 0)
        await one('select * from licensing.business_activity where nib = any($1) order by kbli', [
          businesses.map((b) => b.nib),
        ]);
    })(),
  ]);
  return population;
}

/** The floor of S2: one `= ANY($1)` query per agency for the hundred NIKs, side by side. */
export async function hundredFloor(pool: Pool, niks: string[]): Promise<number> {
  const results = await Promise.all([
    pool.query('select * from population.citizen where nik = any($1)', [niks]),
    pool.query(
      'select m.*, h.welfare_decile from regsosek.household_member m join regsosek.household h on h.id = ' +
        'm.household_id where m.nik = any($1)',
      [niks],
    ),
    pool.query(
      'select t.*, o.name as office from tax.taxpayer t join tax.tax_office ' +
        'o on o.code = t.tax_office_code where t.nik = any($1)',
      [niks],
    ),
    pool.query(
      'select m.*, f.name as facility from health.membership m join health.facility f on f.code = m.facility_code ' +
        'where m.nik = any($1)',
      [niks],
    ),
    pool.query('select * from licensing.str where nik = any($1)', [niks]),
  ]);
  return results[0].rowCount ?? 0;
}
