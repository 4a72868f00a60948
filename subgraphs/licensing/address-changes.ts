import type { MikroORM } from '@mikro-orm/postgresql';
import type { ChangeNotice } from '../../hub/change-feed';
import type { Epochs } from '../../policy/epochs';

/**
 * "Tell us once": when Dukcapil records that an applicant moved, the applications still being decided
 * (submitted or verified) show the new address; an approved or rejected application keeps the one it was
 * decided on. Cached answers about the applicant are invalidated.
 */
export async function applyAddressChanges(orm: MikroORM, notices: readonly ChangeNotice[], epochs: Epochs): Promise<void> {
  const moves = notices.filter((n) => n.kind === 'ADDRESS_CHANGED' && n.address);
  if (moves.length === 0) return;
  const connection = orm.em.getConnection();
  const moved = new Set<string>();
  // Moves are few (a handful per batch of a population import): one statement each, in the order told.
  for (const move of moves) {
    const rows: unknown[] = await connection.execute(
      `update licensing.application set applicant = jsonb_set(applicant, '{address}', to_jsonb(?::text))
        where nik = ? and status in ('SUBMITTED', 'VERIFIED') returning id`,
      [move.address!, move.nik],
    );
    if (rows.length > 0) moved.add(move.nik);
  }
  if (moved.size > 0) await epochs.peopleChanged([...moved]);
}
