import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { conflictError, inputError } from '../../schema/errors';
import { answerDue } from '../../schema/rights';
import type { RegsosekContext } from './context';
import { decideProgrammes, servedDecision } from './eligibility';
import { EligibilityObjection } from './entities/eligibility-objection.entity';
import { DecisionStatus, ObjectionOutcome, ObjectionStatus } from './entities/objection.enums';
import type { Programme } from './entities/regsosek.enums';

/** The longest reason an objector or a reviewing officer may write (the schema's descriptions say so). */
export const MAX_REASON_LENGTH = 2_000;

/** The agency that reviews objections to eligibility decisions, and answers for them in the rights report. */
export const REVIEWING_AGENCY = 'Kementerian Sosial';

/** Text as kept: trimmed, control characters (but line breaks) removed, 1 to MAX_REASON_LENGTH characters. */
function reasonText(value: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
  if (cleaned.length < 1 || cleaned.length > MAX_REASON_LENGTH)
    throw inputError(`reason must be 1-${MAX_REASON_LENGTH.toLocaleString('en-US')} characters`);
  return cleaned;
}

/**
 * After the change is committed: the person's change counter moves, so no cached answer about them (an officer's
 * eligibility read, a services prefill) is served again as it was.
 */
function changed(ctx: RegsosekContext, nik: string): Promise<void> {
  return ctx.afterCommit(() => ctx.epochs.peopleChanged([nik]));
}

/**
 * The signed-on citizen objects to the automated decision on one programme for their household (UU PDP No.
 * 27/2022 Pasal 10): the decision as it stands is kept with the objection (eligible, rule version, inputs), and
 * it is CONTESTED for every reader until an officer reviews it, due 3 x 24 hours after receipt. One open
 * objection per person and programme (CONFLICT on another, also when two arrive at once); a decision a person
 * has already reviewed is no longer one made by automated processing alone (CONFLICT until its rule version or
 * inputs change). Someone in no DTSEN household has no decision to object to (BAD_USER_INPUT).
 */
export async function objectToEligibility(
  ctx: RegsosekContext,
  programme: Programme,
  reason: string,
): Promise<EligibilityObjection> {
  const nik = ctx.caller.nik!;
  const text = reasonText(reason);
  const member = await ctx.loaders.memberByNik.load(nik);
  if (!member) throw inputError('you are in no DTSEN household, so no eligibility decision is made about you');
  const [members, rules] = await Promise.all([
    ctx.loaders.membersByHousehold.load(member.household.id),
    ctx.loaders.rules(),
  ]);
  const automated = decideProgrammes(
    member.household.welfareDecile,
    members.map((m) => m.employmentSector),
    rules,
  ).find((d) => d.programme === programme)!;
  const objection = await ctx.em.transactional(async (em) => {
    // Taken in turn per person; the partial unique index keeps it so even without the lock (another process).
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`objection:${nik}`], 'get', em.getTransactionContext());
    const latest = await em.findOne(EligibilityObjection, { nik, programme }, { orderBy: { receivedAt: 'desc' } });
    const served = servedDecision(automated, latest);
    if (served.status === DecisionStatus.CONTESTED)
      throw conflictError(`an objection to the ${programme} decision is already open; wait for its review`);
    if (served.status !== DecisionStatus.FINAL)
      throw conflictError(`the ${programme} decision was already reviewed by an officer`);
    const receivedAt = new Date();
    const created = em.create(EligibilityObjection, {
      id: randomUUID(),
      nik,
      householdId: member.household.id,
      programme,
      eligible: automated.eligible,
      ruleVersion: automated.ruleVersion,
      inputs: automated.inputs,
      reason: text,
      receivedAt,
      dueAt: answerDue(receivedAt),
      status: ObjectionStatus.OPEN,
      outcome: null,
      reviewReason: null,
      reviewedAt: null,
      reviewerSubject: null,
      reviewerClient: null,
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw conflictError(`an objection to the ${programme} decision is already open; wait for its review`);
      throw error;
    }
    // On the record with the change, or neither.
    await recordWithin(transactionExecutor(em), ctx);
    return created;
  });
  await changed(ctx, nik);
  return objection;
}

/**
 * An officer of the social-affairs agency reviews an open objection: UPHELD keeps the automated decision,
 * OVERTURNED reverses it; the outcome, the reason, the officer (subject and client) and the time are kept and
 * shown to the objector on their eligibility. An answered objection is not reviewed again (CONFLICT).
 */
export async function reviewEligibilityObjection(
  ctx: RegsosekContext,
  id: string,
  outcome: ObjectionOutcome,
  reason: string,
): Promise<EligibilityObjection> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw inputError('id is not an objection id');
  const text = reasonText(reason);
  const objection = await ctx.em.transactional(async (em) => {
    // Locked by its objector's NIK as well as its id (distributed by NIK): two reviews at once take turns.
    const owner = await em.createQueryBuilder(EligibilityObjection).select('nik').where({ id }).execute('get');
    const found =
      owner &&
      (await em.findOne(EligibilityObjection, { id, nik: owner.nik }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!found) throw inputError('no objection has this id');
    if (found.status !== ObjectionStatus.OPEN) throw conflictError(`the objection was already reviewed`);
    found.status = ObjectionStatus.ANSWERED;
    found.outcome = outcome;
    found.reviewReason = text;
    found.reviewedAt = new Date();
    found.reviewerSubject = ctx.caller.subject;
    found.reviewerClient = ctx.caller.client;
    await em.flush();
    await recordWithin(transactionExecutor(em), ctx);
    return found;
  });
  await changed(ctx, objection.nik);
  return objection;
}

/** Whether an objection is still waiting for its review after its deadline. */
export function isOverdue(objection: EligibilityObjection, now: Date): boolean {
  return objection.status === ObjectionStatus.OPEN && objection.dueAt < now;
}
