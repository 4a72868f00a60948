import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';

/** nginx (Debian's package) as the load balancer an operator puts in front of several instances of one part. */
export interface Balancer {
  /** Where each balanced part answers, by name: `http://127.0.0.1:<port>/graphql`. */
  readonly urls: Readonly<Record<string, string>>;
  /** nginx's error log so far (where it tells of instances it took out of rotation). */
  errors(): string;
  stop(): Promise<void>;
}

/** nginx's answer when an instance stopped before answering: a GraphQL error a client can read. */
const LOST = JSON.stringify({
  errors: [
    {
      message: 'The instance that had this request stopped before answering; it was not repeated',
      extensions: { code: 'BAD_GATEWAY' },
    },
  ],
});

/**
 * Starts nginx with one listener per part, each balancing over that part's instances (round robin, a connection
 * per request, so that none is ever sent on a connection to an instance already gone). An instance that refuses a
 * connection is skipped for 10 s and the request goes to the next one:
 * a request not yet sent anywhere is safe to send elsewhere, whatever its method. A request an instance accepted
 * and then lost is not repeated (it may have been a mutation): its client gets 502 with a GraphQL error,
 * BAD_GATEWAY.
 */
export async function startBalancer(parts: Record<string, readonly string[]>): Promise<Balancer> {
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const ports = Object.fromEntries(await Promise.all(Object.keys(parts).map(async (name) => [name, await freePort()])));
  const servers = Object.entries(parts)
    .map(
      ([name, instances]) => `
  upstream ${name} {
${instances.map((url) => `    server ${new URL(url).host} max_fails=1 fail_timeout=10s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${ports[name]};
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      proxy_intercept_errors on;
      error_page 502 504 = @lost;
    }
    # What a GraphQL client can read: the instance that had the request is gone, and it was not repeated.
    location @lost {
      default_type application/json;
      return 502 '${LOST}';
    }
  }`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${servers}
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Not installed: said plainly (Debian's nginx-light, which .ci/run installs when it is missing).
  child.once('error', (error) => (stderr += `nginx could not be run (${error.message}): apt-get install nginx-light`));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const urls = Object.fromEntries(
    Object.keys(parts).map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`]),
  ) as Record<string, string>;
  // Listening once every part's port answers /healthz through it.
  const deadline = Date.now() + 10_000;
  for (const url of Object.values(urls)) {
    for (;;) {
      if (child.exitCode !== null || stderr.includes('could not be run'))
        throw new Error(`nginx did not start: ${stderr}`);
      const ok = await fetch(new URL('/healthz', url)).then(
        (answer) => answer.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}: ${stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    urls,
    errors: () => {
      try {
        return readFileSync(join(dir, 'logs', 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}
