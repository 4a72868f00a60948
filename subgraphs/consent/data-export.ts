import { createHash, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { csvLine, spreadsheetSafe } from '../../hub/csv';
import { createLogger, errorFields } from '../../hub/log';
import { transactionExecutor } from '../../hub/orm';
import type { AccessEvent } from '../../policy/audit/event';
import { ErrorCode } from '../../schema/errors';
import { answerDue } from '../../schema/rights';
import type { GraphErrorEntry } from '../host/graph-client';
import { graphFailure } from '../host/prefill';
import { consentsOf } from './consents';
import type { ConsentContext } from './context';
import { DataExport } from './entities/data-export.type';
import { KeptRightsRequestKind, RightsRequest } from './entities/rights-request.entity';
import { HUB, SUBGRAPH_AGENCY } from './data-owners';
import { exportPlan, type ExportPlan } from './export-plan';

const log = createLogger('consent');

/** What the package says it is; the JSON Schema in docs/data-export.schema.json describes this version. */
export const EXPORT_FORMAT = 'citizen360-data-export/1';

/** What the hub's key signs the package's bytes as (policy/audit/signer.ts verifyDocument checks it). */
export const EXPORT_SIGNATURE_KIND = 'data export';

/** Exports one citizen may make in a rolling day: enough to retry, not enough to make the hub a copier. */
const EXPORTS_PER_DAY = 5;

/** Access-log entries per page read: with their proofs, what the gateway's cost limit lets one query ask. */
const LOG_PAGE = 50;

interface Source {
  agency: string;
  system: string;
  asOf: string;
}

/** One value the hub releases about the citizen, with where it came from. */
export interface ExportedDatum {
  path: string;
  value: string | number | boolean;
  scope: string | null;
  agency: string;
  source: Source | null;
}

interface Withheld {
  /** Where in `profile` (empty when the whole of an agency's part is missing: see `agency`). */
  path: string;
  agency: string | null;
  code: string;
  reason: string;
}

interface ExportFileEntry {
  name: string;
  agency: string;
  mediaType: string;
  rows: number;
  sha256: string;
}

const isSource = (value: unknown): value is Source =>
  typeof value === 'object' && value !== null && 'agency' in value && 'system' in value && 'asOf' in value;

/** What a value takes from above it: the nearest scope, the subgraph that resolved it, and provenance. */
interface Inherited {
  scope: string | null;
  subgraph: string | null;
  source: Source | null;
  /** The subgraph that gave `source`: another subgraph's values are not vouched for by it. */
  sourceSubgraph: string | null;
}

/**
 * Every leaf of the graph's answer as one datum: its path, value, scope (the nearest `@sensitive` above it), and
 * provenance: the record's own `source` where it has one (the nearest above), else the agency behind the
 * subgraph that resolved it.
 */
export function flatten(me: Record<string, unknown>, plan: ExportPlan): ExportedDatum[] {
  const data: ExportedDatum[] = [];
  const visit = (value: unknown, typeName: string, path: string, inherited: Inherited) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, typeName, `${path}[${index}]`, inherited));
      return;
    }
    if (typeof value !== 'object') {
      const agency = inherited.source?.agency ?? SUBGRAPH_AGENCY[inherited.subgraph ?? ''] ?? HUB;
      data.push({
        path,
        value: value as string | number | boolean,
        scope: inherited.scope,
        agency,
        ...sourceOf(inherited),
      });
      return;
    }
    const record = value as Record<string, unknown>;
    // A record's own provenance (its `source`) holds for what the same subgraph says of it, not for another's.
    const own = isSource(record.source);
    const source = own ? (record.source as Source) : inherited.source;
    const sourceSubgraph = own ? (plan.fields.get(`${typeName}.source`)?.subgraph ?? null) : inherited.sourceSubgraph;
    for (const [key, inner] of Object.entries(record)) {
      if (key === 'source' && isSource(inner)) continue;
      const field = plan.fields.get(`${typeName}.${key}`);
      // A NIK is Dukcapil's, whichever subgraph repeats it as a key.
      const subgraph = field?.type === 'NIK' ? 'population' : (field?.subgraph ?? inherited.subgraph);
      visit(inner, field?.type ?? typeName, path ? `${path}.${key}` : key, {
        scope: field?.scope ?? inherited.scope,
        subgraph,
        source: subgraph === sourceSubgraph ? source : null,
        sourceSubgraph,
      });
    }
  };
  visit(me, 'Me', '', { scope: null, subgraph: null, source: null, sourceSubgraph: null });
  return data;
}

function sourceOf(inherited: { source: Source | null }): { source: Source | null } {
  return { source: inherited.source ? { ...inherited.source } : null };
}

/**
 * The package's CSV files: one per agency, a row per datum (path, value, scope, and where it came from). A value
 * that a spreadsheet would run as a formula is written with a leading apostrophe; the document has it as it is.
 */
export function agencyFiles(data: readonly ExportedDatum[]): { name: string; agency: string; content: string }[] {
  const byAgency = new Map<string, ExportedDatum[]>();
  for (const datum of data) byAgency.set(datum.agency, [...(byAgency.get(datum.agency) ?? []), datum]);
  return [...byAgency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agency, rows]) => ({
      name: `${agency
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.csv`,
      agency,
      content:
        [
          csvLine(['path', 'value', 'scope', 'agency', 'system', 'as_of']),
          ...rows.map((d) =>
            csvLine([
              d.path,
              spreadsheetSafe(String(d.value)),
              d.scope,
              d.agency,
              d.source?.system ?? null,
              d.source?.asOf ?? null,
            ]),
          ),
        ].join('\r\n') + '\r\n',
    }));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const LOG_QUERY = `query CitizenDataExportLog($after: String) {
  me {
    accessLog(first: ${LOG_PAGE}, after: $after, includeOwn: true) {
      entries {
        position at kind role decision legalBasis consentIds
        client { id name agency } purpose { code name }
        categories { scope description } refusedCategories { scope description }
        inclusion { leafHash leafIndex path checkpoint { size root at keyId signature } }
      }
      hasMore endCursor
    }
  }
}`;

interface LogPage {
  me: { accessLog: { entries: Record<string, unknown>[]; hasMore: boolean; endCursor: string | null } | null } | null;
}

/** The citizen's whole access log with each entry's inclusion proof, read as the citizen, page by page. */
async function readAccessLog(ctx: ConsentContext): Promise<Record<string, unknown>[]> {
  const entries: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: { data: LogPage | null; errors: GraphErrorEntry[] } = await ctx.graph.query<LogPage>(LOG_QUERY, {
      after,
    });
    const { data, errors } = answer;
    const page: NonNullable<LogPage['me']>['accessLog'] | undefined = data?.me?.accessLog;
    if (!page || errors.length > 0) throw graphFailure(errors, 'your access log', 'no copy was made');
    entries.push(...page.entries);
    if (!page.hasMore || !page.endCursor) return entries;
    after = page.endCursor;
  }
}

/**
 * Makes the signed-on citizen's copy of everything the hub releases about them (UU PDP Pasal 7 and 13): their
 * profile as the graph gives it to them, each value with its scope and provenance, what could not be read and
 * why, their consents with receipts, and their access log with inclusion proofs; as one JSON document signed by
 * the hub's key, and a CSV file per agency whose digests the document lists. The graph is read as the citizen,
 * so nothing is in it that they could not read themselves. Answered at once; the request, its digest and size
 * (never its content) are kept for the deadline report, and its making is on the citizen's access log.
 */
export async function requestDataExport(ctx: ConsentContext, nik: string): Promise<DataExport> {
  const now = new Date();
  const id = randomUUID();
  await reserve(ctx, nik, id, now);
  let made: Awaited<ReturnType<typeof makeDocument>>;
  let signed: ReturnType<ConsentContext['accessLog']['signDocument']>;
  try {
    made = await makeDocument(ctx, nik, id, now);
    const bytes = Buffer.from(made.document, 'utf8');
    signed = ctx.accessLog.signDocument(EXPORT_SIGNATURE_KIND, bytes);
    const delivered = { sha256: sha256(made.document), bytes: bytes.length, files: made.entries.map((f) => f.name) };
    const datums = made.datums;
    await ctx.em.transactional(async (em) => {
      await em.nativeUpdate(RightsRequest, { id }, { answeredAt: new Date(), outcome: 'DELIVERED', detail: delivered });
      await ctx.accessLog.appendWithin(transactionExecutor(em), [exportEvent(ctx, nik, id, datums, now)]);
    });
  } catch (error) {
    // Counted, and answered as failed: the citizen may try again (within the day's number). If even that cannot be
    // written, the request stays open and the stewards' report shows it overdue.
    await ctx.em
      .nativeUpdate(RightsRequest, { id }, { answeredAt: new Date(), outcome: 'FAILED' })
      .catch((failure: unknown) => log.warn('a failed data export could not be marked failed', errorFields(failure)));
    throw error;
  }

  return Object.assign(new DataExport(), {
    id,
    createdAt: now,
    format: EXPORT_FORMAT,
    document: made.document,
    signature: signed.signature.toString('base64'),
    keyId: signed.keyId,
    publicKey: ctx.accessLog.publicKeyPem,
    files: made.files.map((file, index) => ({ ...file, mediaType: 'text/csv', sha256: made.entries[index].sha256 })),
  });
}

/**
 * Records the request before the copy is made, within the day's number: taken in turn per person, so that
 * requests at once cannot all count the same earlier ones (RATE_LIMITED past the number, nothing recorded).
 */
async function reserve(ctx: ConsentContext, nik: string, id: string, now: Date): Promise<void> {
  await ctx.em.transactional(async (em) => {
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`export:${nik}`], 'get', em.getTransactionContext());
    const recent = await em.count(RightsRequest, {
      nik,
      kind: KeptRightsRequestKind.DATA_EXPORT,
      receivedAt: { $gt: new Date(now.getTime() - 86_400_000) },
    });
    if (recent >= EXPORTS_PER_DAY)
      throw new GraphQLError(`You can make ${EXPORTS_PER_DAY} copies of your data a day; try again tomorrow`, {
        extensions: { code: ErrorCode.RATE_LIMITED, reason: 'data exports per day' },
      });
    em.create(RightsRequest, {
      id,
      kind: KeptRightsRequestKind.DATA_EXPORT,
      nik,
      agency: HUB,
      receivedAt: now,
      dueAt: answerDue(now),
      detail: {},
    });
  });
}

/** Reads the graph as the citizen and writes the document and its CSV files (nothing is stored). */
async function makeDocument(ctx: ConsentContext, nik: string, id: string, now: Date) {
  const plan = exportPlan();
  const { data, errors } = await ctx.graph.query<{ me: Record<string, unknown> | null }>(plan.query, {});
  const me = data?.me;
  if (!me) throw graphFailure(errors, 'your data', 'no copy was made');
  const log = await readAccessLog(ctx);
  const consents = await consentsOf(ctx.em, nik);
  const datums = flatten(me, plan);
  const files = agencyFiles(datums);
  const withheld: Withheld[] = errors.map((error) => ({
    path: (error.path ?? []).slice(1).join('.'),
    agency: SUBGRAPH_AGENCY[String(error.extensions?.serviceName ?? '')] ?? null,
    code: String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
    reason: typeof error.extensions?.reason === 'string' ? error.extensions.reason : error.message,
  }));
  const entries: ExportFileEntry[] = files.map((file) => ({
    name: file.name,
    agency: file.agency,
    mediaType: 'text/csv',
    rows: file.content.split('\r\n').length - 2,
    sha256: sha256(file.content),
  }));
  const document = JSON.stringify({
    format: EXPORT_FORMAT,
    exportId: id,
    createdAt: now.toISOString(),
    subject: { nik },
    controller: { name: HUB, keyId: ctx.accessLog.keyId },
    legalBasis: 'UU PDP No. 27/2022 Pasal 7 (access to and a copy of personal data), Pasal 13 (portability)',
    profile: me,
    data: datums,
    withheld,
    consents: consents.map((c) => ({
      id: c.id,
      clientId: c.clientId,
      purpose: c.purposeCode,
      scopes: c.scopes,
      status: c.status,
      validFrom: c.validFrom.toISOString(),
      validUntil: c.validUntil.toISOString(),
      grantedAt: c.grantedAt.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
      receipt: c.receipt,
    })),
    accessLog: log,
    files: entries,
  });
  return { document, files, entries, datums };
}

function exportEvent(
  ctx: ConsentContext,
  nik: string,
  id: string,
  data: readonly ExportedDatum[],
  at: Date,
): AccessEvent {
  return {
    at,
    kind: 'DATA_EXPORTED',
    requestId: ctx.requestId,
    actorSubject: ctx.caller.subject,
    actorRole: ctx.caller.role,
    clientId: ctx.caller.client,
    purpose: null,
    nik,
    decision: 'ALLOWED',
    basis: 'OWN_DATA',
    consentIds: [],
    ruleVersion: null,
    scopes: [...new Set(data.map((d) => d.scope).filter((s) => s !== null))].sort(),
    refusedScopes: [],
    fields: [],
    reason: null,
    detail: { exportId: id },
  };
}
