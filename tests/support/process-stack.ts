import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SUBGRAPHS } from '../../app/subgraphs';
import type { Role } from '../../auth/caller';
import { loadDevIssuer } from '../../auth/dev-issuer';
import { insertAccessRule, TEST_OFFICER_RULE } from './fixtures';
import { startBalancer, type Balancer } from './nginx';
import { postGraphQL, type GraphQLHttpResponse } from './stack';

const ROOT = resolve(__dirname, '../..');

/** One process of the stack as the operator runs it: its PID, what it has printed, how it ended. */
export interface HubProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** What it has printed so far (its last 200 kB). */
  output(): string;
  /** Every line it has printed but its request logs. */
  notices(): string;
  /** Resolves with its exit code once it has exited. */
  readonly exited: Promise<number | null>;
}

export interface ProcessStack {
  readonly gatewayUrl: string;
  /** Where each process's whole output is kept (`<name>.log`), with the stack's keys. */
  readonly dir: string;
  /** Each subgraph process's own URL, by name. */
  readonly subgraphUrls: Record<string, string>;
  readonly gateway: HubProcess;
  /** Every gateway process (`gateway` first); with more than one, `gatewayUrl` is nginx's in front of them. */
  readonly gateways: HubProcess[];
  readonly subgraphs: Record<string, HubProcess>;
  /** Every instance of each subgraph (its `subgraphs` entry first); more than one are reached through nginx. */
  readonly instances: Record<string, HubProcess[]>;
  /** What nginx has logged (instances taken out of rotation), when it balances anything. */
  balancerErrors(): string;
  /** The PIDs of the gateway's worker processes listening now (the primary's own PID when it has none). */
  gatewayWorkers(): number[];
  token(role: Role, options?: { nik?: string; client?: string; purpose?: string }): Promise<string>;
  /** POSTs to the gateway, as an officer unless `headers` carry their own authorization. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLHttpResponse>;
  /** SIGTERM to every process; resolves with each one's exit code, by name. */
  stop(): Promise<Record<string, number | null>>;
}

export interface ProcessStackOptions {
  /** Where the processes reach PostgreSQL (e.g. through a fault proxy). Default: the suite's database. */
  databaseUrl?: string;
  /** Where the processes reach Redis. Default: none. */
  redisUrl?: string;
  /** The URL the gateway calls a subgraph at (e.g. through a fault proxy). Default: the subgraph's own. */
  route?: (subgraph: string, url: string) => string;
  /** Environment for every process (deadlines, grace, ...). */
  env?: Record<string, string>;
  /** GATEWAY_WORKERS. Default 1. */
  gatewayWorkers?: number;
  /**
   * Runs the compiled hub in this directory (`npm run build`'s output: `node <dir>/app/subgraph.js`, as the
   * container image does) instead of the TypeScript sources. Default: the sources.
   */
  compiled?: string;
  /** Instances of these subgraphs, behind nginx when more than one (e.g. `{ population: 2 }`). Default one each. */
  instances?: Record<string, number>;
  /** Gateway processes, behind nginx when more than one. Default 1. */
  gateways?: number;
}

/**
 * The hub as separate processes, as README's "To run the parts as separate processes" runs them: every subgraph
 * (app/subgraph.ts) and the gateway (app/gateway.ts, with its workers, routed to them by `<NAME>_ROUTING_URL`),
 * on free loopback ports, sharing one internal secret, access-log key and development issuer. The officer rule
 * of TEST_OFFICER_RULE is put in force.
 */
export async function startProcessStack(databaseUrl: string, options: ProcessStackOptions = {}): Promise<ProcessStack> {
  await insertAccessRule(databaseUrl, TEST_OFFICER_RULE);
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-processes-'));
  const issuerKeyFile = join(dir, 'issuer.jwk');
  const issuer = await loadDevIssuer(issuerKeyFile);
  // The gateway's port is held until the gateway starts: the subgraphs (and other suites) listen on free ports
  // meanwhile, and one of them could otherwise be handed the same port.
  const held = createServer();
  await new Promise<void>((done) => held.listen(0, '127.0.0.1', done));
  const gatewayPort = (held.address() as AddressInfo).port;
  const release = () => new Promise<void>((done) => (held.listening ? held.close(() => done()) : done()));
  const firstGatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const balancers: Balancer[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: options.databaseUrl ?? databaseUrl,
    REDIS_URL: options.redisUrl ?? '',
    HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    AUDIT_KEY_FILE: join(dir, 'audit.pem'),
    INSIGHTS_KEY_FILE: join(dir, 'insights.key'),
    PAIRWISE_KEY_FILE: join(dir, 'pairwise.key'),
    DEV_ISSUER_KEY_FILE: issuerKeyFile,
    OIDC_ISSUER: '',
    GATEWAY_URL: firstGatewayUrl,
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const main = (part: string) => (options.compiled ? join(options.compiled, 'app', `${part}.js`) : `app/${part}.ts`);
  const started: HubProcess[] = [];
  try {
    // The access-log key is created by the first process that needs it: one subgraph first, then the rest.
    const subgraphs: Record<string, HubProcess> = {};
    const subgraphUrls: Record<string, string> = {};
    const instances: Record<string, HubProcess[]> = {};
    const instanceUrls: Record<string, string[]> = {};
    const startSubgraph = async (name: string, instance = 1) => {
      const port = `${name.toUpperCase()}_PORT`;
      const label = instance === 1 ? name : `${name}-${instance}`;
      const running = run(label, [main('subgraph'), name], { ...env, [port]: '0' }, join(dir, `${label}.log`));
      started.push(running);
      (instances[name] ??= []).push(running);
      const url = await announced(running, /"msg":"subgraph listening","url":"(http:[^"]+)"/);
      (instanceUrls[name] ??= []).push(url);
      if (instance === 1) [subgraphs[name], subgraphUrls[name]] = [running, url];
    };
    const [first, ...rest] = SUBGRAPHS.map((s) => s.name);
    await startSubgraph(first);
    await Promise.all(rest.map((name) => startSubgraph(name)));
    for (const [name, count] of Object.entries(options.instances ?? {}))
      for (let instance = 2; instance <= count; instance += 1) await startSubgraph(name, instance);
    const balanced = Object.fromEntries(Object.entries(instanceUrls).filter(([, urls]) => urls.length > 1));
    if (Object.keys(balanced).length > 0) balancers.push(await startBalancer(balanced));
    const route = options.route ?? ((_: string, url: string) => url);
    const routes = Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, url]) => [
        `${name.toUpperCase()}_ROUTING_URL`,
        balancers[0]?.urls[name] ?? route(name, url),
      ]),
    );
    await release();
    const gateways: HubProcess[] = [];
    const gatewayUrls: string[] = [];
    for (let n = 1; n <= (options.gateways ?? 1); n += 1) {
      const label = n === 1 ? 'gateway' : `gateway-${n}`;
      const running = run(
        label,
        [main('gateway')],
        {
          ...env,
          PORT: n === 1 ? String(gatewayPort) : '0',
          GATEWAY_WORKERS: String(options.gatewayWorkers ?? 1),
          ...routes,
        },
        join(dir, `${label}.log`),
      );
      started.push(running);
      gateways.push(running);
      const workers = options.gatewayWorkers ?? 1;
      for (let seen = 0; seen < workers; seen += 1)
        gatewayUrls.push(await announced(running, /"msg":"gateway listening","url":"(http:[^"]+)"/, seen + 1));
    }
    const gateway = gateways[0];
    if (gateways.length > 1) balancers.push(await startBalancer({ gateway: [...new Set(gatewayUrls)] }));
    const gatewayUrl = gateways.length > 1 ? balancers.at(-1)!.urls.gateway : firstGatewayUrl;
    const token: ProcessStack['token'] = (role, claims = {}) =>
      issuer.mint(
        { role, client_id: claims.client ?? 'test-client', ...(claims.purpose ? { purpose: claims.purpose } : {}) },
        { subject: role === 'citizen' ? claims.nik! : `test-${role}`, audience: 'citizen360', ttlSeconds: 3_600 },
      );
    const officer = await token('officer', { purpose: 'LICENSE_APPLICATION' });
    return {
      gatewayUrl,
      dir,
      subgraphUrls,
      gateway,
      gateways,
      subgraphs,
      instances,
      balancerErrors: () => balancers.map((balancer) => balancer.errors()).join(''),
      gatewayWorkers: () => {
        const listening = [...gateway.notices().matchAll(/"msg":"gateway listening"[^\n]*"pid":(\d+)/g)];
        const exited = new Set(
          [...gateway.notices().matchAll(/"msg":"gateway worker exited[^\n]*"pid":(\d+)/g)].map((m) => Number(m[1])),
        );
        return listening.map((m) => Number(m[1])).filter((pid) => !exited.has(pid));
      },
      token,
      post: (query, variables, headers = {}) =>
        postGraphQL(gatewayUrl, query, variables, { authorization: `Bearer ${officer}`, ...headers }),
      stop: async () => {
        const codes = await stopAll(started);
        for (const balancer of balancers) await balancer.stop();
        return codes;
      },
    };
  } catch (error) {
    await release();
    await stopAll(started);
    for (const balancer of balancers) await balancer.stop();
    throw error;
  }
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): HubProcess {
  const compiled = args[0].endsWith('.js');
  const child = spawn(process.execPath, [...(compiled ? [] : ['-r', '@swc-node/register']), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let notices = '';
  let partial = '';
  const read = (chunk: Buffer) => {
    appendFileSync(logFile, chunk);
    output = (output + chunk.toString()).slice(-200_000);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    // Every line but the one per request, kept whole: starts, stops, warnings and errors.
    for (const line of lines) if (!line.includes('"msg":"graphql request"')) notices += `${line}\n`;
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { name, child, output: () => output, notices: () => notices, exited };
}

/** Waits until the process has printed `pattern` `times` times; resolves with the first group of the last. */
function announced(running: HubProcess, pattern: RegExp, times = 1): Promise<string> {
  const global = new RegExp(pattern.source, 'g');
  const deadline = Date.now() + 90_000;
  return new Promise((found, fail) => {
    const timer = setInterval(() => {
      const matches = [...running.notices().matchAll(global)];
      const ended = running.child.exitCode !== null || running.child.signalCode !== null;
      if (matches.length >= times) found(matches[times - 1][1] ?? '');
      else if (ended || Date.now() > deadline)
        fail(new Error(`${running.name} did not start:\n${running.output().slice(-4_000)}`));
      else return;
      clearInterval(timer);
    }, 50);
  });
}

async function stopAll(processes: HubProcess[]): Promise<Record<string, number | null>> {
  const codes: Record<string, number | null> = {};
  await Promise.all(
    processes.map(async (running) => {
      if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGTERM');
      const killer = setTimeout(() => running.child.kill('SIGKILL'), 30_000);
      codes[running.name] = await running.exited;
      clearTimeout(killer);
    }),
  );
  return codes;
}
