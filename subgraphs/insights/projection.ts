import type { ClientBase, Pool } from 'pg';
import { withClient } from '../../hub/transaction';

/**
 * Rebuilds the planners' projection from the agency schemas, in one transaction (planners see the old
 * projection until the new one is complete), and records its "as of" time. Every person gets:
 * - a person key: SHA-256 of the pseudonymisation key and the NIK (without the key, no NIK can be tested
 *   against it), and a record key in [0, 1) from the same hash, for the cell-key perturbation;
 * - where they live (province, regency, district codes), sex, an age band at the as-of date;
 * - their household's decile and programme eligibility (the programme rules applied as regsosek applies them),
 *   the household key (keyed hash of its DTSEN id) and whether they head it;
 * - their JKN segment and whether it is active, their NPWP status, and which licences they hold.
 * Nothing else: no NIK, no name, no address, no birth date. The regencies they live in are listed apart
 * (`insights.regency`), for the tables grouped by place.
 */
export async function refreshProjection(
  client: ClientBase,
  key: string,
  asOf = new Date(),
): Promise<{ people: number; seconds: number }> {
  if (key.length < 32) throw new Error('the pseudonymisation key must be at least 32 characters');
  const started = process.hrtime.bigint();
  await client.query('begin');
  try {
    await client.query('delete from insights.person');
    const { rowCount } = await client.query(
      `with rules as (select programme, max_decile, excluded_sectors from regsosek.programme_rule),
       -- Households with a member in a sector a programme excludes: grouped from the members, not looked up per
       -- household (members and households are distributed by different keys on Citus: deploy/citus F7).
       excluded as (
         select m.household_id, r.programme
           from regsosek.household_member m join rules r on m.employment_sector = any(r.excluded_sectors)
          group by m.household_id, r.programme
       ),
       households as (
         select h.id, h.welfare_decile,
                coalesce(h.welfare_decile <= pkh.max_decile and xpkh.household_id is null, false) as pkh,
                coalesce(h.welfare_decile <= bpnt.max_decile and xbpnt.household_id is null, false) as bpnt,
                coalesce(h.welfare_decile <= pbi.max_decile and xpbi.household_id is null, false) as pbi_jk
           from regsosek.household h
           left join rules pkh on pkh.programme = 'PKH'
           left join excluded xpkh on xpkh.household_id = h.id and xpkh.programme = 'PKH'
           left join rules bpnt on bpnt.programme = 'BPNT'
           left join excluded xbpnt on xbpnt.household_id = h.id and xbpnt.programme = 'BPNT'
           left join rules pbi on pbi.programme = 'PBI_JK'
           left join excluded xpbi on xpbi.household_id = h.id and xpbi.programme = 'PBI_JK'
       ),
       people as (
         select c.*, encode(sha256(convert_to($1 || ':person:' || c.nik, 'UTF8')), 'hex') as hashed,
                extract(year from age($2::date, c.birth_date))::int as age
           from population.citizen c
       )
       insert into insights.person
       select p.hashed,
              case when hm.household_id is null then null else encode(sha256(convert_to($1 || ':household:' ||
              hm.household_id, 'UTF8')), 'hex') end,
              p.family_relationship = 'HEAD',
              substr(p.village_code, 1, 2), substr(p.village_code, 1, 5), substr(p.village_code, 1, 8),
              p.sex,
              case when p.age < 15 then 'A0_14' when p.age < 25 then 'A15_24' when p.age < 35 then 'A25_34' when p.age
              < 45 then 'A35_44'
                   when p.age < 55 then 'A45_54' when p.age < 65 then 'A55_64' else 'A65_PLUS' end,
              hh.welfare_decile, coalesce(hh.pkh, false), coalesce(hh.bpnt, false), coalesce(hh.pbi_jk, false),
              m.segment, coalesce(m.status = 'ACTIVE', false), t.status,
              s.nik is not null,
              exists (select 1 from licensing.sip where sip.nik = p.nik),
              exists (select 1 from licensing.business b where b.owner_nik = p.nik),
              ('x' || substr(p.hashed, 1, 8))::bit(32)::bigint / 4294967296.0
         from people p
         left join regsosek.household_member hm on hm.nik = p.nik
         left join households hh on hh.id = hm.household_id
         left join health.membership m on m.nik = p.nik
         left join tax.taxpayer t on t.nik = p.nik
         left join licensing.str s on s.nik = p.nik`,
      [key, asOf.toISOString().slice(0, 10)],
    );
    await client.query('delete from insights.regency');
    await client.query('insert into insights.regency select distinct regency_code from insights.person');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await client.query('insert into insights.refresh (as_of, people, seconds) values ($1, $2, $3)', [
      asOf,
      rowCount ?? 0,
      seconds,
    ]);
    await client.query('commit');
    await client.query('analyze insights.person');
    return { people: rowCount ?? 0, seconds };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Rebuilds the projection after a load (`npm run seed`, the first `npm start`), or when it was never built:
 * planners count on what the agencies hold now. Returns whether it rebuilt.
 */
export async function refreshAfterLoad(pool: Pool, key: string, options: { loaded: boolean }): Promise<boolean> {
  const { rows } = await pool.query<{ built: boolean }>('select exists (select 1 from insights.refresh) as built');
  if (rows[0].built && !options.loaded) return false;
  await withClient(pool, (client) => refreshProjection(client, key));
  return true;
}
