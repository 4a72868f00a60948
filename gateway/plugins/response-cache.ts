import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { KeyValue } from '../../hub/kv';
import type { Metrics } from '../../hub/metrics';
import type { AccessDecision } from '../../policy/audit/event';
import { stillValid, type EpochSnapshot, type Epochs } from '../../policy/epochs';
import { createLogger, errorFields } from '../../hub/log';
import type { GatewayContext } from '../context';

const log = createLogger('gateway');

export interface ResponseCacheOptions {
  kv: KeyValue;
  epochs: Epochs;
  /** How long an answer may be reused at most. 0 turns caching off (mutations still count as changes). */
  ttlSeconds: number;
  /** Counts hits, misses and answers computed without the cache (its store away). */
  metrics?: Pick<Metrics, 'answerCache'>;
}

interface Entry {
  result: FormattedExecutionResult;
  decisions: AccessDecision[];
  niks: string[];
  epochs: EpochSnapshot;
  /** Epoch ms after which the entry is not served: its time to live, or the end of a consent it rests on. */
  notAfter: number;
}

export const CACHE_HEADER = 'x-citizen360-cache';

/**
 * Root fields whose answer changes without any person's counter moving: the change feed, an MPP's work queues and
 * LAPOR! export gain entries about people the cached answer did not name, and the reports count them. Their
 * answers are never reused.
 */
const NEVER_REUSED = new Set([
  'changes',
  'serviceQueue',
  'complaintQueue',
  'laporExport',
  'performanceReport',
  'satisfactionIndex',
]);

/**
 * A cache of whole answers to officers' repeated queries, that never serves what could no longer be released:
 * - the key is the caller (subject, client, purpose), the query and its variables;
 * - an answer is stored only if it had no error, and only if no person's consent or data changed anywhere while
 *   it was computed; it keeps the change counters of every person it is about and of the rules (policy/epochs);
 * - it is served again only while those counters are unchanged, before its time to live ends and before any
 *   consent it rests on runs out; a revocation bumps the person's counter before and after it commits;
 * - a served answer is a release like any other: its decisions go to the access log again (fail closed).
 * Mutations bump the counters of everyone they touched. Fires: responseForOperation (lookup, after the
 * pre-check), willSendResponse (store, bump, and the `x-citizen360-cache: hit | miss` header).
 */
export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> {
  const { kv, epochs, ttlSeconds, metrics } = options;
  return {
    async requestDidStart() {
      let key: string | undefined;
      let anyoneAtStart: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ request, operation, contextValue }) {
          const { caller } = contextValue;
          if (ttlSeconds === 0 || operation.operation !== 'query' || caller.role !== 'officer') return null;
          if (operation.selectionSet.selections.some((s) => s.kind === 'Field' && NEVER_REUSED.has(s.name.value)))
            return null;
          key = `answer:${createHash('sha256')
            .update(
              JSON.stringify([
                caller.subject,
                caller.client,
                caller.purpose,
                request.query,
                request.operationName ?? null,
                request.variables ?? {},
              ]),
            )
            .digest('base64url')}`;
          let stored: string | null;
          try {
            anyoneAtStart = await epochs.anyone();
            stored = await kv.get(key);
          } catch (error) {
            // The store being away only costs the reuse: the request is answered in full.
            log.warn('answer cache unavailable', errorFields(error));
            metrics?.answerCache('bypass');
            key = undefined;
            return null;
          }
          if (!stored) return null;
          const entry = JSON.parse(stored) as Entry;
          if (Date.now() >= entry.notAfter || !stillValid(entry.epochs, await epochs.read(entry.niks))) return null;
          hit = true;
          contextValue.decisions.push(...entry.decisions);
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: entry.result },
          };
        },
        async willSendResponse({ response, contextValue, operation }) {
          const niks = [
            ...new Set((contextValue?.decisions ?? []).map((d) => d.nik).filter((nik): nik is string => nik !== null)),
          ];
          try {
            if (operation?.operation === 'mutation' && niks.length > 0) {
              await epochs.peopleChanged(niks);
              return;
            }
            if (key) {
              response.http.headers.set(CACHE_HEADER, hit ? 'hit' : 'miss');
              metrics?.answerCache(hit ? 'hit' : 'miss');
            }
            if (hit || !key || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors || !result.data) return;
            const snapshot = await epochs.read(niks);
            // Someone's consent or data changed while this was computed: it might rest on the old state.
            if (snapshot.anyone !== anyoneAtStart) return;
            const consentEnds = contextValue.decisions.flatMap((d) =>
              d.basis?.kind === 'consent' ? [Date.parse(d.basis.validUntil)] : [],
            );
            const entry: Entry = {
              result,
              decisions: contextValue.decisions,
              niks,
              epochs: snapshot,
              notAfter: Math.min(Date.now() + ttlSeconds * 1000, ...consentEnds),
            };
            await kv.set(key, JSON.stringify(entry), ttlSeconds);
          } catch (error) {
            log.warn('answer cache unavailable', errorFields(error));
          }
        },
      };
    },
  };
}
