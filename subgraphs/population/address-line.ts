/**
 * A person's address on one line, as licence applications keep it: street, RT/RW, village, district, regency,
 * province. SQL over `population.citizen` (alias `c`) joined to the region tables; licensing formats the same
 * line from the graph (applications.ts).
 */
export const ADDRESS_LINE_SQL = `concat_ws(', ', c.street, 'RT ' || c.rt || '/RW ' || c.rw, v.name, d.name, r.name, p.name)`;

/** The joins ADDRESS_LINE_SQL needs, after `population.citizen c`. */
export const ADDRESS_REGIONS_SQL = `join population.village v on v.code = c.village_code join population.district d on d.code = v.district_code
  join population.regency r on r.code = d.regency_code join population.province p on p.code = r.province_code`;
