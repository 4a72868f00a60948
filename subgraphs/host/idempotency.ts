import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FormattedExecutionResult } from 'graphql';
import type { Caller } from '../../auth/caller';
import { createLogger, errorFields } from '../../hub/log';
import { transactionExecutor } from '../../hub/orm';
import { ErrorCode } from '../../schema/errors';

const log = createLogger('idempotency');

/** How long a key's first answer is kept and given again. */
const KEPT_HOURS = 24;
/** How often each subgraph process deletes the answers kept longer, and how many at most each time. */
const PURGE_EVERY_MS = 10 * 60_000;
const PURGE_BATCH = 10_000;

/** The table each subgraph with mutations keeps its answers to keyed mutations in (created by its migration). */
export function idempotencyTableSql(schema: string): string {
  return (
    `create table "${schema}"."idempotent_request" ("subject" text not null, "client_id" text not null, ` +
    `"key" text not null, "request_hash" text not null, "response" jsonb null, ` +
    `"created_at" timestamptz not null default now(), primary key ("subject", "client_id", "key"));`
  );
}

/** The index the expired answers are found by (purgeExpiredKeys), for a schema whose table predates it. */
export function idempotencyExpiryIndexSql(schema: string): string {
  return `create index "idempotent_request_created_at" on "${schema}"."idempotent_request" ("created_at");`;
}

/**
 * What a keyed mutation found: the first time (`fresh`: it runs, in a transaction that also keeps its answer),
 * again with the same request (`replay`: the first answer, nothing changed), or again with another request
 * (`reused`: refused, 422).
 */
export type Idempotency =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'replay'; readonly response: FormattedExecutionResult }
  | { readonly kind: 'reused' };

interface Keyed {
  readonly idempotency?: Idempotency;
  /** The key a keyed mutation claimed. */
  readonly idempotencyKey?: string;
  readonly em: EntityManager;
  readonly caller: Caller;
  /** What runs once the mutation has committed. */
  readonly committed: (() => Promise<void>)[];
}

/**
 * Opens the request's transaction and claims the caller's key for this request (its body's hash). A second
 * request with the key waits here until the first has committed or rolled back, then sees what it left.
 */
export async function claimKey(
  em: EntityManager,
  schema: string,
  caller: Caller,
  key: string,
  body: string,
): Promise<Idempotency> {
  const hash = createHash('sha256').update(body).digest('base64url');
  const who = [caller.subject, caller.client ?? ''];
  await em.begin();
  const execute = transactionExecutor(em);
  // An answer older than the time it is kept for no longer holds the key.
  await execute(
    `delete from "${schema}"."idempotent_request" where subject = ? and client_id = ? and key = ?
      and created_at < now() - interval '${KEPT_HOURS} hours'`,
    [...who, key],
  );
  const claimed = await execute(
    `insert into "${schema}"."idempotent_request" (subject, client_id, key, request_hash) values (?, ?, ?, ?)
      on conflict do nothing returning key`,
    [...who, key, hash],
  );
  if (claimed.length > 0) return { kind: 'fresh' };
  const [first] = await execute(
    `select request_hash, response from "${schema}"."idempotent_request"
      where subject = ? and client_id = ? and key = ?`,
    [...who, key],
  );
  await em.rollback();
  if (first.request_hash !== hash) return { kind: 'reused' };
  return { kind: 'replay', response: first.response as FormattedExecutionResult };
}

/**
 * Deletes answers kept longer than KEPT_HOURS, oldest first, at most `limit` of them (their keys no longer hold:
 * claimKey), and returns how many. Without it, a year of keyed mutations would stay in the table.
 */
export async function purgeExpiredKeys(em: EntityManager, schema: string, limit = PURGE_BATCH): Promise<number> {
  const table = `"${schema}"."idempotent_request"`;
  const { affectedRows } = await em.getConnection().execute<{ affectedRows: number }>(
    `delete from ${table} where ctid = any(array(select ctid from ${table}
      where created_at < now() - interval '${KEPT_HOURS} hours' order by created_at limit ${Number(limit)}))`,
    [],
    'run',
  );
  return affectedRows;
}

/**
 * Gives a replayed or refused keyed mutation its answer without running it, and for a fresh one keeps the
 * answer in the mutation's own transaction and commits both (an answer lost on its way does not make a retry
 * change anything twice), then runs what waited for the commit (SubgraphContext.afterCommit). A fresh mutation
 * that ends in errors is rolled back and keeps nothing, so its retry runs again. Fires: responseForOperation,
 * willSendResponse (last among the subgraph's plugins). From the server's start to its stop, it deletes the
 * answers kept past their time (purgeExpiredKeys), at start and every ten minutes.
 */
export function idempotencyPlugin<TContext extends Keyed>(
  schema: string,
  em: EntityManager,
): ApolloServerPlugin<TContext> {
  const purge = () =>
    purgeExpiredKeys(em.fork(), schema).then(
      (deleted) => void (deleted > 0 && log.info('expired idempotency keys deleted', { schema, deleted })),
      (error: unknown) => log.warn('expired idempotency keys not deleted', { schema, ...errorFields(error) }),
    );
  return {
    async serverWillStart() {
      void purge();
      const timer = setInterval(() => void purge(), PURGE_EVERY_MS).unref();
      return {
        async serverWillStop() {
          clearInterval(timer);
        },
      };
    },
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          const idempotency = contextValue.idempotency;
          if (idempotency?.kind === 'replay')
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: idempotency.response },
            };
          if (idempotency?.kind === 'reused')
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: {
                kind: 'single',
                singleResult: {
                  errors: [
                    {
                      message: 'This Idempotency-Key was used for another request: use a new key for a new request',
                      extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED },
                    },
                  ],
                },
              },
            };
          return null;
        },
        async willSendResponse({ contextValue, response }) {
          if (contextValue?.idempotency?.kind !== 'fresh' || response.body.kind !== 'single') return;
          const { em, caller } = contextValue;
          const result = response.body.singleResult;
          try {
            if (result.errors?.length) {
              await em.rollback();
              return;
            }
            await em.getConnection().execute(
              `update "${schema}"."idempotent_request" set response = ?
                  where subject = ? and client_id = ? and key = ?`,
              [JSON.stringify(result), caller.subject, caller.client ?? '', contextValue.idempotencyKey],
              'run',
              em.getTransactionContext(),
            );
            await em.commit();
          } catch (error) {
            log.error('keyed mutation not committed', errorFields(error));
            await em.rollback().catch(() => undefined);
            response.body.singleResult = {
              errors: [
                {
                  message: 'The change could not be saved; nothing was changed: try again with the same key',
                  extensions: { code: ErrorCode.DATABASE_TIMEOUT },
                },
              ],
            };
            return;
          }
          for (const work of contextValue.committed.splice(0)) await work();
        },
      };
    },
  };
}
