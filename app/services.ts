import { join } from 'node:path';
import { openChangeFeed, type ChangeFeed } from '../hub/change-feed';
import type { Authentication, HubConfig } from '../hub/config';
import { DEFAULT_REDIS_LIMITS } from '../hub/redis';
import { openKeyValue, type KeyValue } from '../hub/kv';
import { createMetrics, type Metrics } from '../hub/metrics';
import { openPubSub, type PubSub } from '../hub/pubsub';
import { createAccessLog, type AccessLog } from '../policy/audit/access-log';
import { loadCheckpointSigner } from '../policy/audit/signer';
import { createEpochs, type Epochs } from '../policy/epochs';
import { createPairwiseSubjects, type PairwiseSubjects } from '../policy/pairwise';
import { loadPairwiseKey } from '../policy/pairwise-key';
import { QuotaCounter } from '../policy/quota';
import { createRuleBook, type RuleBook } from '../policy/rule-book';

/** Where `npm run build:web` puts the web app, which the gateway serves at `/` (web/, outside the layers). */
export const WEB_ROOT = join(__dirname, '..', 'web', 'dist');

/** How the web app signs in: through the configured OpenID provider, or (none) the development sign-in. */
export function webSignIn(authentication: Authentication) {
  return authentication.kind === 'oidc'
    ? { issuer: authentication.issuer, clientId: authentication.webClientId, scope: authentication.webScope }
    : undefined;
}

/**
 * What the parts of a process share: rule-change notices, the steward's rules, the access log (signed with the
 * checkpoint key), the key-value store with the change counters kept in it, and the population change feed.
 * On Redis when REDIS_URL is set (shared with the other processes, every key and channel under the deployment's
 * REDIS_PREFIX), in this process otherwise.
 */
export interface SharedServices {
  readonly pubsub: PubSub;
  readonly rules: RuleBook;
  readonly accessLog: AccessLog;
  readonly kv: KeyValue;
  readonly epochs: Epochs;
  readonly feed: ChangeFeed;
  /** Each client's requests and persons read, counted against its quota (in the key-value store). */
  readonly quotas: QuotaCounter;
  /**
   * The pairwise subject identifiers and their record, for a gateway. Its key (PAIRWISE_KEY_FILE) is read when a
   * gateway starts, so the subgraph processes, which never need it, never read it.
   */
  readonly pairwise: PairwiseSubjects;
  /** What the process counts and times, when it has a metrics port (METRICS_PORT). */
  readonly metrics?: Metrics;
  /** Closes what this factory opened (not what was supplied to it). */
  close(): Promise<void>;
}

/** Services made elsewhere and shared with this process's (tests run several stacks on one set). */
export type SuppliedServices = Partial<Pick<SharedServices, 'pubsub' | 'kv' | 'feed'>>;

/** The one place a process's shared services are built from its configuration. */
export async function openServices(
  config: HubConfig,
  databaseUrl: string,
  supplied: SuppliedServices = {},
): Promise<SharedServices> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
  };
  const redisLimits = { ...DEFAULT_REDIS_LIMITS, commandMs: config.redisTimeoutMs };
  try {
    const pubsub = supplied.pubsub ?? (await openPubSub(config.redisUrl, config.redisPrefix, redisLimits));
    if (!supplied.pubsub) closers.push(() => pubsub.close());
    const kv = supplied.kv ?? (await openKeyValue(config.redisUrl, config.redisPrefix, redisLimits));
    if (!supplied.kv) closers.push(() => kv.close());
    const feed = supplied.feed ?? (await openChangeFeed(config.redisUrl, config.redisPrefix, redisLimits));
    if (!supplied.feed) closers.push(() => feed.close());
    const rules = await createRuleBook({ databaseUrl, pubsub, maxAgeMs: config.rulesMaxAgeMs });
    closers.push(() => rules.close());
    const signer = loadCheckpointSigner(config.audit.keyFile, { create: config.audit.createKey });
    const metrics = config.metricsPort === undefined ? undefined : createMetrics();
    const accessLog = createAccessLog({ databaseUrl, signer, metrics });
    closers.push(() => accessLog.close());
    const quotas = new QuotaCounter({ kv, secret: config.internalSecret });
    closers.push(() => quotas.flush());
    const pairwise = createPairwiseSubjects({
      databaseUrl,
      key: () => loadPairwiseKey(config.pairwiseKeyFile, { create: config.audit.createKey }),
    });
    closers.push(() => pairwise.close());
    return { pubsub, rules, accessLog, kv, epochs: createEpochs(kv), feed, quotas, pairwise, metrics, close };
  } catch (error) {
    await close();
    throw error;
  }
}
