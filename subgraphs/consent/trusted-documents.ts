import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionExecutor } from '../../hub/orm';
import { inputError } from '../../schema/errors';
import { API_SCHEMA_PATH } from '../../schema/supergraph';
import type { ConsentContext } from './context';
import { Client } from './entities/client.entity';
import { StewardChangeKind } from './entities/consent.enums';
import { TrustedDocument } from './entities/trusted-document.entity';
import { TrustedDocumentsRegistration } from './entities/trusted-documents-registration.type';
import { change, reasonOf } from './stewardship';
import { DOCUMENT_ID, documentId } from '../../schema/trusted-documents';

/** The most operations one manifest may register, and the longest operation text (characters). */
export const MAX_MANIFEST_OPERATIONS = 1_000;
export const MAX_DOCUMENT_LENGTH = 64 * 1024;

/** One operation of a manifest, checked: its id is the SHA-256 of its text, and it runs against the API schema. */
export interface ManifestOperation {
  id: string;
  name: string | null;
  type: 'query' | 'mutation';
  body: string;
}

let apiSchema: GraphQLSchema | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operations a manifest lists, each checked: the persisted-query manifest of
 * `@apollo/generate-persisted-query-manifest` (`format: "apollo-persisted-query-manifest"`, `version: 1`,
 * `operations: [{ id, name, type, body }]`), or the `persisted-documents.json` map (hash to text) that GraphQL
 * Code Generator's client preset writes. Refused as a whole (BAD_USER_INPUT naming the operation) when one id is
 * not the SHA-256 of its text, a text holds other than one query or mutation, or it does not validate against
 * the API schema: a registered operation is one the gateway can run.
 */
export function parseManifest(manifest: unknown, schema: GraphQLSchema = apiSchemaOf()): ManifestOperation[] {
  const listed = manifestEntries(manifest);
  if (listed.length === 0) throw inputError('the manifest lists no operations');
  if (listed.length > MAX_MANIFEST_OPERATIONS)
    throw inputError(`the manifest lists ${listed.length} operations; at most ${MAX_MANIFEST_OPERATIONS} at once`);
  const operations = new Map<string, ManifestOperation>();
  listed.forEach((entry, index) => {
    const where = `operations[${index}]${typeof entry.name === 'string' ? ` (${entry.name})` : ''}`;
    const operation = checkOperation(entry, schema, (reason) => inputError(`${where}: ${reason}`));
    operations.set(operation.id, operation);
  });
  return [...operations.values()];
}

function manifestEntries(manifest: unknown): Record<string, unknown>[] {
  if (!isRecord(manifest)) throw inputError('the manifest must be a JSON object');
  if ('format' in manifest || 'operations' in manifest) {
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1)
      throw inputError('format must be "apollo-persisted-query-manifest" and version 1');
    if (!Array.isArray(manifest.operations)) throw inputError('operations must be a list');
    return manifest.operations.map((entry) => (isRecord(entry) ? entry : {}));
  }
  // GraphQL Code Generator's persisted documents: { "<sha256>": "<text>" }.
  return Object.entries(manifest).map(([id, body]) => ({ id, body }));
}

function checkOperation(
  entry: Record<string, unknown>,
  schema: GraphQLSchema,
  refuse: (reason: string) => Error,
): ManifestOperation {
  const { id, body, name, type } = entry;
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) throw refuse('id must be a SHA-256 in 64 lower-case hex digits');
  if (typeof body !== 'string' || body.length === 0) throw refuse('body must be the operation text');
  if (body.length > MAX_DOCUMENT_LENGTH)
    throw refuse(`body has ${body.length} characters; at most ${MAX_DOCUMENT_LENGTH}`);
  if (documentId(body) !== id) throw refuse('id is not the SHA-256 of body');
  let document: DocumentNode;
  try {
    document = parse(body, { maxTokens: 10_000, noLocation: true });
  } catch (error) {
    throw refuse(`body does not parse: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.length === 1 ? getOperationAST(document) : null;
  if (!operation) throw refuse('body must hold exactly one operation (and its fragments)');
  if (operation.operation === 'subscription') throw refuse('subscriptions are not served');
  if (type !== undefined && type !== operation.operation)
    throw refuse(`type is "${String(type)}" but body is a ${operation.operation}`);
  const named = operation.name?.value ?? null;
  if (name !== undefined && name !== named) throw refuse(`name is "${String(name)}" but body names ${named}`);
  const errors = validate(schema, document);
  if (errors.length > 0) throw refuse(`body is not valid against the API schema: ${errors[0].message}`);
  return { id, name: named, type: operation.operation, body };
}

/** schema/api.graphql, built once. */
function apiSchemaOf(): GraphQLSchema {
  apiSchema ??= buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  return apiSchema;
}

/** A change to a client's trusted documents, as the change log and the access log keep it. */
const clientChange = (clientId: string, detail: Record<string, unknown>) => ({
  kind: StewardChangeKind.CLIENT,
  subject: clientId,
  clientId,
  purpose: null,
  detail,
});

/**
 * The client, in a transaction that changes its trusted documents: changes of one client's documents take turns
 * (a transaction lock), so a removal and a requirement sent at once cannot leave it held to none, nor two
 * registrations of one manifest collide.
 */
async function lockedClient(em: EntityManager, clientId: string): Promise<Client> {
  await transactionExecutor(em)('select pg_advisory_xact_lock(hashtext(?))', [`consent:trusted-documents:${clientId}`]);
  const client = await em.findOne(Client, { id: clientId });
  if (!client) throw inputError('no client is registered with that id');
  return client;
}

/**
 * Registers a manifest's operations for a client (stewards), next to those already registered: an app's old
 * and new versions run side by side while it rolls out. Operations registered before are left as they are.
 */
export async function registerTrustedDocuments(
  ctx: ConsentContext,
  clientId: string,
  manifest: unknown,
  reason: string,
): Promise<TrustedDocumentsRegistration> {
  const why = reasonOf(reason);
  const operations = parseManifest(manifest);
  return change(ctx, why, async (em) => {
    await lockedClient(em, clientId);
    const known = new Set(
      (await em.find(TrustedDocument, { clientId }, { fields: ['id'] })).map((document) => document.id),
    );
    const added = operations.filter((operation) => !known.has(operation.id));
    for (const operation of added)
      em.create(TrustedDocument, { clientId, ...operation, registeredBy: ctx.caller.subject });
    const result = Object.assign(new TrustedDocumentsRegistration(), {
      clientId,
      added: added.length,
      alreadyRegistered: operations.length - added.length,
      registered: known.size + added.length,
    });
    return {
      result,
      record: clientChange(clientId, { trustedDocuments: { added: added.map(({ id, name }) => ({ id, name })) } }),
    };
  });
}

/** Removes registered operations of a client (stewards): an app version retired. Unknown ids are ignored. */
export async function removeTrustedDocuments(
  ctx: ConsentContext,
  clientId: string,
  ids: readonly string[],
  reason: string,
): Promise<TrustedDocumentsRegistration> {
  const why = reasonOf(reason);
  if (ids.length === 0 || ids.length > MAX_MANIFEST_OPERATIONS)
    throw inputError(`ids must name 1 to ${MAX_MANIFEST_OPERATIONS} operations`);
  const bad = ids.find((id) => !DOCUMENT_ID.test(id));
  if (bad !== undefined) throw inputError('ids must be SHA-256 hashes in 64 lower-case hex digits');
  return change(ctx, why, async (em) => {
    const client = await lockedClient(em, clientId);
    const removed = await em.find(TrustedDocument, { clientId, id: { $in: [...new Set(ids)] } });
    const left = (await em.count(TrustedDocument, { clientId })) - removed.length;
    if (client.requiresTrustedDocuments && left === 0)
      throw inputError('the client runs registered operations only: keep one, or stop requiring them first');
    for (const document of removed) em.remove(document);
    const result = Object.assign(new TrustedDocumentsRegistration(), {
      clientId,
      removed: removed.length,
      registered: left,
    });
    return {
      result,
      record: clientChange(clientId, { trustedDocuments: { removed: removed.map(({ id, name }) => ({ id, name })) } }),
    };
  });
}

/**
 * Whether a client may run only its registered operations (stewards). Turning it on needs at least one: a client
 * to be refused everything is made inactive instead.
 */
export async function requireTrustedDocuments(
  ctx: ConsentContext,
  clientId: string,
  required: boolean,
  reason: string,
): Promise<Client> {
  const why = reasonOf(reason);
  return change(ctx, why, async (em) => {
    const client = await lockedClient(em, clientId);
    if (required && (await em.count(TrustedDocument, { clientId })) === 0)
      throw inputError("register the client's operations (registerTrustedDocuments) before requiring them");
    client.requiresTrustedDocuments = required;
    return {
      result: client,
      record: clientChange(clientId, { requiresTrustedDocuments: required }),
    };
  });
}
