import { EventEmitter } from 'node:events';
import { createClient } from 'redis';
import { createLogger, errorFields } from './log';

const log = createLogger('pubsub');

/**
 * Fire-and-forget notifications between the hub's processes (a steward changed a rule: drop cached rules).
 * Delivery is best effort, so whatever listens must also bound how stale it can get on its own.
 */
export interface PubSub {
  readonly kind: 'in-process' | 'redis';
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is live; the returned function ends it. */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** One process: `npm start` runs the gateway and every subgraph together, so an EventEmitter reaches them all. */
export function inProcessPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    kind: 'in-process',
    publish: async (channel, message) => {
      emitter.emit(channel, message);
    },
    subscribe: async (channel, listener) => {
      emitter.on(channel, listener);
      return async () => {
        emitter.off(channel, listener);
      };
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Separate processes (or machines): Redis pub/sub, one connection to publish and one to listen, every channel
 * under `prefix` (the deployment's): hubs sharing one Redis do not hear each other.
 */
export async function redisPubSub(url: string, prefix = ''): Promise<PubSub> {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  for (const [name, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    // The client reconnects by itself; an unheard 'error' event would end the process instead.
    client.on('error', (error: unknown) =>
      log.warn('redis connection error', { connection: name, ...errorFields(error) }),
    );
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  return {
    kind: 'redis',
    publish: async (channel, message) => {
      await publisher.publish(`${prefix}${channel}`, message);
    },
    subscribe: async (channel, listener) => {
      await subscriber.subscribe(`${prefix}${channel}`, listener);
      return async () => {
        await subscriber.unsubscribe(`${prefix}${channel}`, listener);
      };
    },
    close: async () => {
      await Promise.all([publisher.close(), subscriber.close()]);
    },
  };
}

/** Redis when REDIS_URL is configured, the in-process implementation otherwise. */
export function openPubSub(redisUrl: string | undefined, prefix = ''): Promise<PubSub> {
  return redisUrl ? redisPubSub(redisUrl, prefix) : Promise.resolve(inProcessPubSub());
}
