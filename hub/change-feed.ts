import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createLogger, errorFields } from './log';
import { connectRedis, type RedisLimits } from './redis';

const log = createLogger('change-feed');

/**
 * One person's population change, as the feed announces it: whose record changed and how, never the new
 * values. They stay in the register, where each reader gets them under its own rights (`changes(since:)`, or
 * licensing's own reading of the applicant it serves).
 */
export interface ChangeNotice {
  /** The change's row in `population.change`: the `changes(since:)` cursor. */
  id: string;
  eventId: string;
  nik: string;
  kind: 'ADDRESS_CHANGED' | 'DIED' | 'FAMILY_SPLIT';
}

export type ChangeHandler = (notices: readonly ChangeNotice[]) => Promise<void>;

/**
 * Population changes, told once and heard by every service that keeps something derived from them (licensing's
 * applications in progress). A consumer joins a named group: each notice reaches each group once, however many
 * processes share the group. Over Redis Streams a group's notices wait in the stream while none of its
 * processes listen, and a notice whose handler failed is handed over again; in one process (no REDIS_URL)
 * an EventEmitter delivers them as they are published. The change itself is durable in `population.change`
 * (read by entitled clients through `changes(since:)`); the feed only tells.
 */
export interface ChangeFeed {
  readonly kind: 'in-process' | 'redis';
  publish(notices: readonly ChangeNotice[]): Promise<void>;
  /** Resolves once the group listens; the returned function stops listening. */
  consume(group: string, handler: ChangeHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function inProcessChangeFeed(): ChangeFeed {
  const groups = new Map<string, ChangeHandler>();
  return {
    kind: 'in-process',
    publish: async (notices) => {
      if (notices.length === 0) return;
      await Promise.all(
        [...groups.entries()].map(async ([group, handler]) => {
          try {
            await handler(notices);
          } catch (error) {
            log.error('change notice not handled', { group, ...errorFields(error) });
          }
        }),
      );
    },
    consume: async (group, handler) => {
      groups.set(group, handler);
      return async () => {
        groups.delete(group);
      };
    },
    close: async () => {
      groups.clear();
    },
  };
}

/** The stream's name under the deployment's prefix (config REDIS_PREFIX). */
const STREAM = 'population-changes';
/** The stream keeps about this many notices (trimmed approximately): a group down for longer misses the oldest. */
const STREAM_LENGTH = 1_000_000;
const BLOCK_MS = 1_000;
/** A notice taken and not acknowledged for this long is handed to another consumer of its group. */
const CLAIM_IDLE_MS = 30_000;

/** Notices kept in this process while Redis is away, at most (the oldest go first; the register keeps them all). */
const OWED_NOTICES = 100_000;

/**
 * Over Redis Streams. A publish while Redis is away is not lost with it: the notices are kept in this process
 * and added when Redis is back (before newer ones); a consumer started while it is away listens once it is back.
 * Behind Sentinels, the writer and every reader move to the new master after a failover; the last notices added
 * to the old one and not yet copied to its replica (replication is asynchronous) are lost with it, which the feed
 * can afford: it only tells, and the register keeps every change (`changes(since:)`).
 */
export async function redisChangeFeed(url: string, stream = STREAM, limits?: RedisLimits): Promise<ChangeFeed> {
  const writer = await connectRedis(url, 'change-feed', limits);
  const readers: { stop: () => Promise<void> }[] = [];
  const owed: ChangeNotice[] = [];
  const add = (notices: readonly ChangeNotice[]) =>
    writer.run(async (client) => {
      const batch = client.multi();
      for (const notice of notices) {
        batch.xAdd(
          stream,
          '*',
          { notice: JSON.stringify(notice) },
          { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: STREAM_LENGTH } },
        );
      }
      await batch.exec();
    });
  const publish = async (notices: readonly ChangeNotice[]) => {
    const due = [...owed.splice(0), ...notices];
    if (due.length === 0) return;
    try {
      await add(due);
    } catch (error) {
      owed.push(...due.slice(-OWED_NOTICES));
      log.warn('change notices kept until redis is back', { notices: owed.length, ...errorFields(error) });
    }
  };
  writer.onReady(() => void publish([]));
  return {
    kind: 'redis',
    publish,
    consume: async (group, handler) => {
      // A blocking read holds its connection: one of its own per consumer, waiting longer than it blocks.
      const reader = writer.duplicate(BLOCK_MS + 1_000);
      let failures = 0;
      // A name of its own: two consumers sharing one would read each other's notices in flight as their own.
      const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
      let running = true;
      // Where the group is made when it is missing: at the stream's end at first (a new group does not take up the
      // notices before it); at its start on a master that has lost it (see NOGROUP below); undefined once made.
      let groupFrom: '$' | '0' | undefined = '$';
      // Own unacknowledged notices first (a handler that failed), then new ones. Now and then, notices another
      // consumer of the group took and never acknowledged (it stopped or crashed) are taken over.
      let from = '0';
      let claimAt = 0;
      const loop = (async () => {
        while (running) {
          try {
            const client = reader.client;
            if (!client) {
              await new Promise((resolve) => setTimeout(resolve, 200));
              continue;
            }
            if (groupFrom) {
              try {
                await client.xGroupCreate(stream, group, groupFrom, { MKSTREAM: true });
              } catch (error) {
                if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
              }
              groupFrom = undefined;
            }
            if (Date.now() >= claimAt) {
              await client.xAutoClaim(stream, group, consumer, CLAIM_IDLE_MS, '0-0', { COUNT: 100 });
              claimAt = Date.now() + CLAIM_IDLE_MS;
              from = '0';
            }
            const reply = (await client.xReadGroup(
              group,
              consumer,
              { key: stream, id: from },
              { COUNT: 100, BLOCK: BLOCK_MS },
            )) as { name: string; messages: { id: string; message: Record<string, string> }[] }[] | null;
            const messages = reply?.[0]?.messages ?? [];
            if (from === '0' && messages.length === 0) from = '>';
            if (messages.length === 0) continue;
            await handler(messages.map((m) => JSON.parse(m.message.notice) as ChangeNotice));
            await client.xAck(
              stream,
              group,
              messages.map((m) => m.id),
            );
            failures = 0;
          } catch (error) {
            if (!running) break;
            // A master without the group (promoted before the group was copied to it, or restarted empty) has it
            // made again from the start of its stream, so that what was added there since (the notices this
            // process kept while Redis was away, among them) is read.
            if (String((error as Error).message).startsWith('NOGROUP')) groupFrom = '0';
            // A connection said to be up that keeps failing is made again (a reset its client missed).
            if ((failures += 1) >= 3) {
              failures = 0;
              reader.replace();
            }
            log.error('change notices not handled; retrying', { group, ...errorFields(error) });
            from = '0';
            await new Promise((resolve) => setTimeout(resolve, BLOCK_MS));
          }
        }
      })();
      // The group exists before consume resolves when Redis is there: notices published next reach it.
      for (let waited = 0; groupFrom && waited < 1_000 && running; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      let stopped: Promise<void> | undefined;
      const stop = () =>
        (stopped ??= (async () => {
          running = false;
          await loop;
          await reader.close();
        })());
      readers.push({ stop });
      return stop;
    },
    close: async () => {
      await Promise.all(readers.map((r) => r.stop()));
      await writer.close();
    },
  };
}

/** Redis Streams when REDIS_URL is configured, the in-process implementation otherwise. */
export function openChangeFeed(redisUrl: string | undefined, prefix = '', limits?: RedisLimits): Promise<ChangeFeed> {
  return redisUrl ? redisChangeFeed(redisUrl, `${prefix}${STREAM}`, limits) : Promise.resolve(inProcessChangeFeed());
}
