import type { PoolClient } from 'pg';
import type { MapContext, Outcome } from '../core/connector';
import type { AppliedChange, ChangeRecord } from './mapper';

/**
 * Applies one change event inside the import's transaction. The feed row (event id, person) goes in first and
 * only a new one lets the change through, so an event imported twice is applied once. An address change older
 * than one already applied is kept in the feed's history but does not overwrite the newer address.
 */
export async function applyChange(tx: PoolClient, record: ChangeRecord, context: MapContext): Promise<Outcome> {
  const { event } = record;
  const provenance = [context.agency, context.system, event.at];
  let applied: AppliedChange[] = [];
  switch (event.event) {
    case 'ADDRESS_CHANGED': {
      const { rows } = await tx.query<{ id: string }>(
        `insert into population.change (event_id, nik, kind, effective_at) values ($1, $2, 'ADDRESS_CHANGED', $3) on
          conflict do nothing returning id::text`,
        [event.eventId, event.nik, event.at],
      );
      if (rows.length === 0) return 'unchanged';
      await tx.query(
        `update population.citizen set street = $2, rt = $3, rw = $4, village_code = $5, source_agency = $6,
          source_system = $7, source_as_of = $8
          where nik = $1 and not exists (select 1 from population.change c where c.nik = $1 and c.kind =
          'ADDRESS_CHANGED' and c.effective_at > $8)`,
        [event.nik, event.address.street, event.address.rt, event.address.rw, event.address.villageCode, ...provenance],
      );
      applied = [{ id: rows[0].id, eventId: event.eventId, nik: event.nik, kind: event.event }];
      break;
    }
    case 'DIED': {
      const { rows } = await tx.query<{ id: string }>(
        `insert into population.change (event_id, nik, kind, effective_at) values ($1, $2, 'DIED', $3) on conflict do
          nothing returning id::text`,
        [event.eventId, event.nik, event.at],
      );
      if (rows.length === 0) return 'unchanged';
      await tx.query(
        'update population.citizen set died_on = $2, source_agency ' +
          '= $3, source_system = $4, source_as_of = $5 where nik = $1',
        [event.nik, event.diedOn, ...provenance],
      );
      applied = [{ id: rows[0].id, eventId: event.eventId, nik: event.nik, kind: event.event }];
      break;
    }
    case 'FAMILY_SPLIT': {
      const { rows } = await tx.query<{ id: string; nik: string }>(
        `insert into population.change (event_id, nik, kind, effective_at) select $1, nik, 'FAMILY_SPLIT', $3 from
          unnest($2::text[]) as m(nik)
          on conflict do nothing returning id::text, nik`,
        [event.eventId, event.members.map((m) => m.nik), event.at],
      );
      if (rows.length === 0) return 'unchanged';
      await tx.query('insert into population.family (kk, issued_on) values ($1, $2) on conflict do nothing', [
        event.newKk,
        event.issuedOn,
      ]);
      const moved = new Set(rows.map((r) => r.nik));
      const members = event.members.filter((m) => moved.has(m.nik));
      await tx.query(
        `update population.citizen c set family_kk = $1, family_relationship = m.relationship, source_agency = $4,
          source_system = $5, source_as_of = $6
          from unnest($2::text[], $3::text[]) as m(nik, relationship) where c.nik = m.nik`,
        [event.newKk, members.map((m) => m.nik), members.map((m) => m.relationship), ...provenance],
      );
      applied = rows.map((r) => ({ id: r.id, eventId: event.eventId, nik: r.nik, kind: event.event }));
      break;
    }
  }
  record.applied = applied;
  return 'updated';
}
