import type { MikroORM } from '@mikro-orm/postgresql';
import type { ChangeNotice } from '../../hub/change-feed';
import type { Epochs } from '../../policy/epochs';

/** The address on one line, as applications keep it (applications.ts formats the same line from the graph). */
const ADDRESS_LINE = `concat_ws(', ', c.street, 'RT ' || c.rt || '/RW ' || c.rw, v.name, d.name, r.name, p.name)`;
const WITH_REGIONS =
  `population.citizen c join population.village v on v.code = c.village_code join ` +
  `population.district d on d.code = v.district_code
  join population.regency r on r.code = d.regency_code join population.province p on p.code = r.province_code`;

/**
 * "Tell us once": when Dukcapil records that an applicant moved, the applications still being decided
 * (submitted or verified) show the address the register now holds; an approved or rejected application keeps
 * the one it was decided on. Run for the people a change notice names, and for everyone when the consumer
 * starts, so a move applied while licensing was not listening (an import run with no Redis to carry the
 * notice) is caught up with. Setting the current address is idempotent: running it twice changes nothing.
 * Cached answers about the applicants are invalidated.
 */
export async function applyAddressChanges(
  orm: MikroORM,
  notices: readonly ChangeNotice[] | 'all',
  epochs: Epochs,
): Promise<void> {
  const niks =
    notices === 'all' ? null : [...new Set(notices.filter((n) => n.kind === 'ADDRESS_CHANGED').map((n) => n.nik))];
  if (niks !== null && niks.length === 0) return;
  const rows: { nik: string }[] = await orm.em.getConnection().execute(
    `update licensing.application a set applicant = jsonb_set(a.applicant, '{address}', to_jsonb(moved.address))
       from (select c.nik, ${ADDRESS_LINE} as address from ${WITH_REGIONS}) moved
      where moved.nik = a.nik and a.status in ('SUBMITTED', 'VERIFIED') and a.applicant->>'address' is distinct from
      moved.address
        and exists (select 1 from population.change m where m.nik = a.nik and m.kind = 'ADDRESS_CHANGED' and
        m.recorded_at > a.submitted_at)
        ${niks === null ? '' : 'and a.nik in (select unnest(?::text[]))'}
      returning a.nik`,
    niks === null ? [] : [`{${niks.join(',')}}`],
  );
  if (rows.length > 0) await epochs.peopleChanged([...new Set(rows.map((r) => r.nik))]);
}
