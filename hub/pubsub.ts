import { EventEmitter } from 'node:events';
import { createLogger, errorFields } from './log';
import { connectRedis, DEFAULT_REDIS_LIMITS, type RedisClient, type RedisLimits } from './redis';

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
 * under `prefix` (the deployment's): hubs sharing one Redis do not hear each other. Never in a request's way:
 * a publish while Redis is away fails at once (what listens bounds its staleness itself), and a subscription
 * made while it is away is made when it comes back.
 */
export async function redisPubSub(url: string, prefix = '', limits?: RedisLimits): Promise<PubSub> {
  const publisher = await connectRedis(url, 'publisher', limits);
  const subscriber = publisher.duplicate();
  const listeners = new Map<string, Set<(message: string) => void>>();
  const pending = new Set<string>();
  const listen = async (client: RedisClient, channel: string) => {
    const heard = (message: string) => {
      for (const listener of listeners.get(channel) ?? []) listener(message);
    };
    try {
      await client.subscribe(channel, heard);
      pending.delete(channel);
    } catch (error) {
      pending.add(channel);
      log.warn('subscription waits for redis', { channel, ...errorFields(error) });
    }
  };
  // Subscriptions made are renewed by the client on a reconnection; those that could not be made are made now.
  // A new client (after a failover, made at the new master) starts with none: every channel is subscribed again.
  let subscribedOn: RedisClient | undefined;
  subscriber.onReady((client) => {
    const channels = client === subscribedOn ? [...pending] : [...listeners.keys()];
    subscribedOn = client;
    for (const channel of channels) void listen(client, channel);
  });
  let timer: NodeJS.Timeout | undefined;
  const firstConnectMs = (limits ?? DEFAULT_REDIS_LIMITS).firstConnectMs;
  await Promise.race([
    new Promise((done) => subscriber.onReady(done)),
    new Promise((done) => (timer = setTimeout(done, firstConnectMs))),
  ]);
  clearTimeout(timer);
  return {
    kind: 'redis',
    publish: async (channel, message) => {
      await publisher.run((client) => client.publish(`${prefix}${channel}`, message));
    },
    subscribe: async (name, listener) => {
      const channel = `${prefix}${name}`;
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        const client = subscriber.client;
        if (client) await listen(client, channel);
        else pending.add(channel);
      }
      set.add(listener);
      return async () => {
        set.delete(listener);
      };
    },
    close: async () => {
      await subscriber.close();
      await publisher.close();
    },
  };
}

/** Redis when REDIS_URL is configured, the in-process implementation otherwise. */
export function openPubSub(redisUrl: string | undefined, prefix = '', limits?: RedisLimits): Promise<PubSub> {
  return redisUrl ? redisPubSub(redisUrl, prefix, limits) : Promise.resolve(inProcessPubSub());
}
