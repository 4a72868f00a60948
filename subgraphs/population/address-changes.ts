import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { inputError } from '../../schema/errors';
import type { PopulationContext } from './context';
import type { RegisteredAddressInput } from './entities/registered-address-input.type';

/** Where an address change recorded through the graph comes from, as the register's provenance says. */
const AGENCY = 'Dinas Kependudukan dan Pencatatan Sipil (through an MPP service)';
const SYSTEM = 'Citizen 360 hub';

/**
 * Records that a citizen moved, as Dukcapil does on a completed change-of-address application: the register's
 * address, a row of the change feed (`population.change`, keyed by `reference`, so a second call with the same
 * reference changes nothing), and on commit the notice on the change feed that tells every other agency's
 * subgraph (tell us once) and the cache invalidation of the citizen's answers. The village must be one of
 * Kemendagri's. Returns whether this call recorded the change (false: the reference was recorded before).
 */
export async function recordAddressChange(
  ctx: PopulationContext,
  nik: string,
  address: RegisteredAddressInput,
  reference: string,
): Promise<boolean> {
  const street = address.street.trim();
  if (street.length < 3 || street.length > 200) throw inputError('newAddress.street must be 3-200 characters');
  if (!/^[0-9]{3}$/.test(address.rt) || !/^[0-9]{3}$/.test(address.rw))
    throw inputError('newAddress.rt and newAddress.rw must be 3 digits, e.g. 004');
  if (!/^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$/.test(address.villageCode))
    throw inputError('newAddress.villageCode must be a Kemendagri village code PP.RR.DD.VVVV');
  if (!/^[A-Za-z0-9:._-]{8,100}$/.test(reference))
    throw inputError('reference must be 8-100 letters, digits or : . _ -');
  const recorded = await ctx.em.transactional(async (em) => {
    const execute = transactionExecutor(em);
    const [village] = await execute('select code from population.village where code = ?', [address.villageCode]);
    if (!village) throw inputError('newAddress.villageCode names no village of Indonesia');
    const [citizen] = await execute('select nik from population.citizen where nik = ?', [nik]);
    if (!citizen) throw inputError('no citizen with this NIK is in the population register');
    const now = new Date();
    const rows = await execute(
      `insert into population.change (event_id, nik, kind, effective_at) values (?, ?, 'ADDRESS_CHANGED', ?)
        on conflict do nothing returning id::text`,
      [reference, nik, now],
    );
    if (rows.length > 0)
      await execute(
        `update population.citizen set street = ?, rt = ?, rw = ?, village_code = ?, source_agency = ?,
          source_system = ?, source_as_of = ? where nik = ?`,
        [street, address.rt, address.rw, address.villageCode, AGENCY, SYSTEM, now, nik],
      );
    // On the record with the change, or neither.
    await recordWithin(execute, ctx);
    return rows[0]?.id as string | undefined;
  });
  if (recorded === undefined) return false;
  await ctx.afterCommit(async () => {
    await ctx.epochs.peopleChanged([nik]);
    await ctx.feed.publish([{ id: recorded, eventId: reference, nik, kind: 'ADDRESS_CHANGED' }]);
  });
  return true;
}
