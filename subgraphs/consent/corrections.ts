import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { registrarScopes } from '../../policy/registrar';
import { refusalError, release } from '../../policy/release';
import { conflictError, ErrorCode, inputError } from '../../schema/errors';
import { answerDue } from '../../schema/rights';
import { isScope, type Scope } from '../../schema/scopes';
import type { ConsentContext } from './context';
import { REGISTERS, SUBGRAPH_AGENCY } from './data-owners';
import { CorrectionRequest, CorrectionStatus, PendingCorrection } from './entities/correction-request.type';
import { KeptRightsRequestKind, RightsRequest } from './entities/rights-request.entity';
import { exportPlan } from './export-plan';

/** What a correction names: a datum of the citizen's profile, as a copy of their data lists it. */
interface Datum {
  path: string;
  scope: Scope;
  subgraph: string;
}

/** A correction request's own part of its row (`detail`). */
interface CorrectionDetail {
  field: string;
  scope: Scope;
  subgraph: string;
  proposedValue: string;
  evidence: string;
  answer?: string;
  answeredBy?: string;
}

const MAX_VALUE = 500;
const MAX_EVIDENCE = 2_000;
const MAX_ANSWER = 2_000;
/** Corrections one person may have waiting at once. */
const MAX_OPEN = 10;
const CORRECTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PATH = /^citizen(\.[A-Za-z][A-Za-z0-9]*(\[\d{1,4}\])?){1,8}$/;

/**
 * The datum a path names, as `data[].path` in a copy of the citizen's data: `citizen.fullName`,
 * `citizen.address.street`, `citizen.taxProfile.filings[0].status`. It must end at a value (not a record) held
 * in an agency's register; its scope is the nearest one on the way, its owner the subgraph that resolves it.
 */
export function datumAt(path: string): Datum {
  const unknown = () =>
    inputError(
      'field must be the path of a value of your profile held by an agency, as your copy of your data lists it ' +
        '(e.g. citizen.fullName or citizen.address.street)',
    );
  if (!PATH.test(path)) throw unknown();
  const { fields } = exportPlan();
  let type = 'Me';
  let scope: string | null = null;
  let subgraph: string | null = null;
  for (const name of path.replace(/\[\d+\]/g, '').split('.')) {
    const field = fields.get(`${type}.${name}`);
    if (!field) throw unknown();
    scope = field.scope ?? scope;
    subgraph = field.subgraph ?? subgraph;
    type = field.type;
  }
  const isRecord = [...fields.keys()].some((key) => key.startsWith(`${type}.`));
  // The NIK keys the person everywhere: changing it is Dukcapil's own procedure, not a correction of a value.
  if (isRecord || type === 'NIK' || !scope || !isScope(scope) || !subgraph || !REGISTERS.has(subgraph)) throw unknown();
  return { path, scope, subgraph };
}

function toCorrection(row: RightsRequest, now: Date): CorrectionRequest {
  const detail = row.detail as unknown as CorrectionDetail;
  return Object.assign(new CorrectionRequest(), {
    id: row.id,
    nik: row.nik,
    field: detail.field,
    scope: detail.scope,
    agency: row.agency,
    proposedValue: detail.proposedValue,
    evidence: detail.evidence,
    status: (row.outcome as CorrectionStatus | null) ?? CorrectionStatus.PENDING,
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    overdue: row.answeredAt === null && row.dueAt < now,
    answeredAt: row.answeredAt,
    answer: detail.answer ?? null,
  });
}

/**
 * The signed-on citizen asks the agency that holds a datum to correct it (UU PDP Pasal 6): the datum by its path,
 * the value they say is right, and what shows it (a document they hold, where it can be seen). Routed to the
 * agency behind the subgraph that resolves the datum, due in 3 x 24 hours (Pasal 30); one waiting per datum, ten
 * at once. Meanwhile officers reading the datum's person see that a correction is pending.
 */
export async function requestCorrection(
  ctx: ConsentContext,
  nik: string,
  input: { field: string; proposedValue: string; evidence: string },
): Promise<CorrectionRequest> {
  const datum = datumAt(input.field);
  const proposedValue = input.proposedValue.trim();
  const evidence = input.evidence.trim();
  if (proposedValue.length === 0 || proposedValue.length > MAX_VALUE)
    throw inputError(`proposedValue must be 1 to ${MAX_VALUE} characters`);
  if (evidence.length === 0 || evidence.length > MAX_EVIDENCE)
    throw inputError(`evidence must say what shows the right value, in 1 to ${MAX_EVIDENCE} characters`);
  // Officers of a client that never sees NIKs (pairwise identifiers) read these texts too.
  if (proposedValue.includes(nik) || evidence.includes(nik))
    throw inputError('do not write your NIK in a correction: the agency knows whose data it is');
  const now = new Date();
  const row = await ctx.em.transactional(async (em) => {
    // Taken in turn per person: two requests at once cannot both find no waiting one.
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`correction:${nik}`], 'get', em.getTransactionContext());
    const open = await openCorrections(em, nik);
    if (open.some((r) => (r.detail as unknown as CorrectionDetail).field === datum.path))
      throw conflictError(`a correction of ${datum.path} is already waiting for an answer`);
    if (open.length >= MAX_OPEN)
      throw inputError(`you have ${MAX_OPEN} corrections waiting; wait for an answer before asking another`);
    const detail: CorrectionDetail = {
      field: datum.path,
      scope: datum.scope,
      subgraph: datum.subgraph,
      proposedValue,
      evidence,
    };
    return em.create(RightsRequest, {
      id: randomUUID(),
      kind: KeptRightsRequestKind.CORRECTION,
      nik,
      agency: SUBGRAPH_AGENCY[datum.subgraph],
      receivedAt: now,
      dueAt: answerDue(now),
      detail: detail as unknown as Record<string, unknown>,
    });
  });
  await ctx.afterCommit(() => ctx.epochs.peopleChanged([nik]));
  return toCorrection(row, now);
}

function openCorrections(em: EntityManager, nik: string): Promise<RightsRequest[]> {
  return em.find(RightsRequest, { nik, kind: KeptRightsRequestKind.CORRECTION, answeredAt: null });
}

/** The signed-on citizen's corrections, newest first. */
export async function correctionsOf(em: EntityManager, nik: string): Promise<CorrectionRequest[]> {
  const rows = await em.find(
    RightsRequest,
    { nik, kind: KeptRightsRequestKind.CORRECTION },
    { orderBy: { receivedAt: 'desc' } },
  );
  const now = new Date();
  return rows.map((row) => toCorrection(row, now));
}

/**
 * The corrections waiting for the officer's agency, oldest first: each the person's data, decided for that person
 * by the scope of the datum it corrects and on their access log (a refused one is left out).
 */
export async function correctionQueue(ctx: ConsentContext, first: number): Promise<CorrectionRequest[]> {
  if (!Number.isInteger(first) || first < 1 || first > 200) throw inputError('first must be 1 to 200');
  const scopes = await registrarScopes(ctx);
  if (scopes.size === 0) return [];
  const rows = await ctx.em.find(
    RightsRequest,
    { kind: KeptRightsRequestKind.CORRECTION, answeredAt: null },
    { orderBy: { receivedAt: 'asc' }, limit: 2_000 },
  );
  const now = new Date();
  const waiting = rows
    .map((row) => toCorrection(row, now))
    .filter((c) => scopes.has(c.scope))
    .slice(0, first);
  const released = await Promise.all(
    waiting.map((c) =>
      release(ctx, c.scope as Scope, [{ kind: 'person', nik: c.nik, relation: 'other' }], 'Query.correctionQueue'),
    ),
  );
  return waiting.filter((_, i) => !released[i]);
}

/**
 * The officer's agency answers a correction: ACCEPTED (the agency makes the change in its register, and it
 * arrives here through its connector) or REJECTED, with the reason the citizen reads. Only an agency that answers
 * the datum's scope; once (a second answer, or two at once, is CONFLICT). On the person's access log.
 */
export async function answerCorrection(
  ctx: ConsentContext,
  id: string,
  accept: boolean,
  reason: string,
): Promise<CorrectionRequest> {
  const unknown = () => inputError('no correction with this id waits for your agency');
  if (!CORRECTION_ID.test(id)) throw unknown();
  const answer = reason.trim();
  if (answer.length === 0 || answer.length > MAX_ANSWER)
    throw inputError(`reason must be 1 to ${MAX_ANSWER} characters: the citizen reads it`);
  const row = await ctx.em.findOne(RightsRequest, { id, kind: KeptRightsRequestKind.CORRECTION });
  if (!row) throw unknown();
  const answeredAlready = () => conflictError('this correction has already been answered');
  if (row.answeredAt) throw answeredAlready();
  const detail = row.detail as unknown as CorrectionDetail;
  if (!(await registrarScopes(ctx)).has(detail.scope))
    throw refusalError({
      code: ErrorCode.FORBIDDEN,
      reason: `answering a correction of ${detail.scope} needs a rule for it on a legal obligation or public task`,
    });
  const refused = await release(
    ctx,
    detail.scope,
    [{ kind: 'person', nik: row.nik, relation: 'other' }],
    'Mutation.answerCorrection',
  );
  if (refused) throw refusalError(refused);
  const answeredAt = new Date();
  const outcome = accept ? CorrectionStatus.ACCEPTED : CorrectionStatus.REJECTED;
  const answered = { ...detail, answer, answeredBy: `${ctx.caller.subject} (${ctx.caller.client})` };
  await ctx.em.transactional(async (em) => {
    const changed = await em.nativeUpdate(
      RightsRequest,
      { id, answeredAt: null },
      { answeredAt, outcome, detail: answered as unknown as Record<string, unknown> },
    );
    if (changed === 0) throw answeredAlready();
    await recordWithin(transactionExecutor(em), ctx);
  });
  await ctx.afterCommit(() => ctx.epochs.peopleChanged([row.nik]));
  Object.assign(row, { answeredAt, outcome, detail: answered });
  return toCorrection(row, answeredAt);
}

/** The corrections waiting on a person's data, each shown to a caller who may read the datum it is about. */
export async function pendingCorrections(ctx: ConsentContext, nik: string): Promise<PendingCorrection[]> {
  const rows = await openCorrections(ctx.em, nik);
  const now = new Date();
  const shown: PendingCorrection[] = [];
  for (const row of rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())) {
    const correction = toCorrection(row, now);
    const refused = await release(
      ctx,
      correction.scope as Scope,
      [{ kind: 'person', nik, relation: ctx.caller.nik === nik ? 'self' : 'other' }],
      'Citizen.pendingCorrections',
    );
    if (!refused)
      shown.push({
        field: correction.field,
        agency: correction.agency,
        receivedAt: correction.receivedAt,
        dueAt: correction.dueAt,
      });
  }
  return shown;
}
