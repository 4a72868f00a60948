import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readConfig } from '../../hub/config';

// deploy/Dockerfile and deploy/compose.yaml checked as an operator would find out otherwise, by starting them: no
// Docker engine runs here (tests/e2e/built-image.test.ts runs what the image runs).
const ROOT = resolve(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

/** Compose's `${NAME:-default}` and `${NAME}` as they read with nothing set: the default, or empty. */
const interpolated = (text: string) => text.replace(/\$\{[A-Z_]+(?::?-([^}]*))?\}/g, (_, fallback = '') => fallback);
const compose = parse(interpolated(read('deploy/compose.yaml')), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = read('deploy/Dockerfile');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
/** The environment the image gives every container (the last stage's ENV). */
const imageEnv: Record<string, string> = Object.fromEntries(
  [...runtimeStage.matchAll(/^ENV ((?:.*\\\n)*.*)$/gm)]
    .flatMap(([, body]) => body.replace(/\\\n/g, ' ').trim().split(/\s+/))
    .map((pair) => pair.split('=') as [string, string]),
);
const rover = parse(read('rover.yaml')) as { subgraphs: Record<string, { routing_url: string }> };
const subgraphs = Object.entries(rover.subgraphs).map(([name, { routing_url }]) => ({
  name,
  port: new URL(routing_url).port,
}));
const hubServices = Object.entries(services).filter(([, service]) => service.image?.startsWith('citizen360-hub'));
const build = JSON.parse(read('tsconfig.build.json')) as { exclude: string[] };

describe('the image (deploy/Dockerfile)', () => {
  it('is built with the commands the README and CI run, and runs as an unprivileged user', () => {
    const readmeInstall = /^(npm install[^&\n]*) && npm start$/m.exec(read('README.md'))?.[1];
    expect(readmeInstall).toBe('npm install --no-audit --no-fund');
    expect(read('.ci/run')).toMatch(new RegExp(`^${readmeInstall}$`, 'm'));
    expect(dockerfile).toContain(`RUN ${readmeInstall} \\\n && npm run build`);
    expect(dockerfile).toMatch(/--omit=dev/);
    expect(runtimeStage).toMatch(/^USER 10001:10001$/m);
    expect(runtimeStage).toMatch(/^COPY --from=build \/src\/dist\/ \.\/$/m);
  });

  it('gives an environment the hub accepts, with every file it writes under the one writable directory', () => {
    expect(imageEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(runtimeStage).toContain(`chown 10001:10001 /var/lib/citizen360`);
    for (const name of [
      'DATA_DIR',
      'AUDIT_KEY_FILE',
      'AUDIT_WITNESS_FILE',
      'INSIGHTS_KEY_FILE',
      'PAIRWISE_KEY_FILE',
      'DEV_ISSUER_KEY_FILE',
    ])
      expect(imageEnv[name]).toMatch(/^\/var\/lib\/citizen360\//);
    // Production wants an identity provider: the image is usable once one is named.
    expect(() => readConfig(imageEnv)).toThrow(/OIDC_ISSUER is required in production/);
    const config = readConfig({
      ...imageEnv,
      OIDC_ISSUER: 'https://sso.example.go.id/realms/citizen360',
      OIDC_JWKS_URL: 'https://sso.example.go.id/realms/citizen360/protocol/openid-connect/certs',
    });
    expect(config.audit).toMatchObject({ keyFile: imageEnv.AUDIT_KEY_FILE, createKey: false });
  });
});

describe('the topology (deploy/compose.yaml)', () => {
  it('runs every subgraph of rover.yaml in its own container, on the port rover.yaml gives it', () => {
    for (const { name, port } of subgraphs) {
      const service = services[name];
      expect(service?.command).toEqual(['node', 'app/subgraph.js', name]);
      expect(readConfig({ ...imageEnv, ...service.environment }).subgraphPorts[name]).toBe(Number(port));
      expect(service.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${port}/readyz`);
    }
  });

  it("routes the gateway to each subgraph's container and waits for all of them to be ready", () => {
    const gateway = services.gateway;
    expect(gateway.command).toEqual(['node', 'app/gateway.js']);
    const config = readConfig({ ...imageEnv, ...gateway.environment });
    expect(config.subgraphUrls).toEqual(
      Object.fromEntries(subgraphs.map(({ name, port }) => [name, `http://${name}:${port}/graphql`])),
    );
    expect(Object.keys(gateway.depends_on!).sort()).toEqual(subgraphs.map((s) => s.name).sort());
    expect(gateway.ports).toEqual([`${config.port}:${config.port}`]);
  });

  it('gives every part an environment the hub accepts, the same database, Redis and internal secret', () => {
    expect(hubServices.length).toBe(subgraphs.length + 3);
    const configs = hubServices.map(([, service]) => readConfig({ ...imageEnv, ...service.environment }));
    for (const config of configs) {
      expect(config.production).toBe(false);
      expect(config.host).toBe('0.0.0.0');
      expect(config.databaseUrl).toMatch(/@postgres:5432\//);
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.internalSecretShared).toBe(true);
      expect(config.internalSecret).toBe(configs[0].internalSecret);
    }
  });

  it('starts each part after what it needs, and runs only scripts the build compiles', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const needed of Object.keys(service.depends_on ?? {}))
        expect([name, services[needed]]).toEqual([name, expect.anything()]);
      const script = [...(service.entrypoint ?? []), ...(service.command ?? [])].find((part) => part.endsWith('.js'));
      if (!script) continue;
      const source = script.replace(/\.js$/, '.ts');
      expect(existsSync(join(ROOT, source))).toBe(true);
      expect(build.exclude).not.toContain(source);
    }
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const { name } of subgraphs)
      expect(services[name].depends_on!.migrate).toEqual({ condition: 'service_completed_successfully' });
  });
});
