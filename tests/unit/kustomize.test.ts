import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse, parseAllDocuments } from 'yaml';
import { readConfig, type HubConfig } from '../../hub/config';

/**
 * Renders every overlay under deploy/k8s/overlays (found by listing: a new overlay is tested as it is) with
 * `kubectl kustomize`, validates each object against the Kubernetes schemas (kubernetes-models) and checks what
 * an operator would notice if it were wrong: Services, autoscalers and disruption budgets that select the pods,
 * probes on the serving port, limits, a non-root read-only container, every subgraph of rover.yaml on its port,
 * and an environment that hub/config.ts accepts.
 */

const ROOT = resolve(__dirname, '../..');
const OVERLAYS = join(ROOT, 'deploy/k8s/overlays');
const run = promisify(execFile);

/** The Secrets deploy/k8s/README.md tells the operator to create, with their keys. The repository holds none. */
const DOCUMENTED_SECRETS: Record<string, readonly string[]> = {
  'citizen360-secrets': ['DATABASE_URL', 'DATABASE_REPLICA_URLS', 'REDIS_URL', 'HUB_INTERNAL_SECRET', 'SMTP_URL'],
  'citizen360-audit-key': ['audit-signing.pem'],
  'citizen360-insights-key': ['insights.key'],
  'citizen360-pairwise-key': ['pairwise.key'],
};
/** Valid values in place of the secrets, so that readConfig judges the rest of the environment. */
const SECRET_STAND_INS: Record<string, string> = {
  DATABASE_URL: 'postgres://citizen360:stand-in@postgres.example:5432/citizen360',
  DATABASE_REPLICA_URLS: 'postgres://citizen360:stand-in@postgres-replica.example:5432/citizen360',
  REDIS_URL: 'redis://redis.example:6379',
  HUB_INTERNAL_SECRET: 's'.repeat(48),
  SMTP_URL: 'smtps://citizen360:stand-in@smtp.example:465',
};

type Labels = Record<string, string>;
interface Selector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
interface Probe {
  httpGet?: { path?: string; port: number | string };
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { drop?: string[] };
  seccompProfile?: { type: string };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { prefix?: string; configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  securityContext?: SecurityContext;
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number } } };
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
}
interface Volume {
  name: string;
  emptyDir?: object;
  secret?: { secretName: string; items?: { key: string; path: string }[] };
  configMap?: { name: string; items?: { key: string; path: string }[] };
  projected?: { sources: { secret?: { name: string }; configMap?: { name: string } }[] };
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Volume[];
  securityContext?: SecurityContext;
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  terminationGracePeriodSeconds?: number;
  topologySpreadConstraints?: { topologyKey: string; labelSelector?: Selector }[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
  spec?: unknown;
  data?: Record<string, string>;
  automountServiceAccountToken?: boolean;
}
interface Workload extends K8sObject {
  spec: { replicas?: number; selector?: Selector; template: { metadata?: { labels?: Labels }; spec: PodSpec } };
}
interface Service extends K8sObject {
  spec: { selector?: Labels; ports: { name?: string; port: number; targetPort?: number | string }[] };
}
interface Autoscaler extends K8sObject {
  spec: {
    scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
    metrics?: { type: string; resource?: { name: string; target: { type: string; averageUtilization?: number } } }[];
  };
}
interface DisruptionBudget extends K8sObject {
  spec: { selector?: Selector; minAvailable?: number | string; maxUnavailable?: number | string };
}

interface Rendered {
  objects: K8sObject[];
  stderr: string;
}

/** `kubectl kustomize <overlay>`, parsed. */
async function render(overlay: string): Promise<Rendered> {
  let output: { stdout: string; stderr: string };
  try {
    output = await run('kubectl', ['kustomize', join(OVERLAYS, overlay)], { cwd: ROOT, maxBuffer: 64 << 20 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'kubectl is not on PATH: this test renders deploy/k8s/overlays/* with `kubectl kustomize` ' +
          '(kubectl 1.27 or later; https://kubernetes.io/docs/tasks/tools/)',
      );
    throw new Error(`kubectl kustomize ${overlay} failed: ${(error as { stderr?: string }).stderr || error}`);
  }
  const objects: K8sObject[] = [];
  for (const document of parseAllDocuments(output.stdout)) {
    if (document.errors.length > 0) throw new Error(`${overlay} renders invalid YAML: ${document.errors[0].message}`);
    const object = document.toJS() as K8sObject | null;
    if (object) objects.push(object);
  }
  return { objects, stderr: output.stderr };
}

interface Model {
  apiVersion: string;
  kind: string;
  new (object: unknown): { validate(): void };
}

/**
 * Validates each object with its kubernetes-models class, chosen by apiVersion and kind (`v1` is the core group's
 * path, `apps/v1` the apps group's, and so on); an object of a kind it does not know is a problem too.
 */
async function assertValid(objects: readonly unknown[]): Promise<void> {
  const problems: string[] = [];
  for (const object of objects as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } }[]) {
    const apiVersion = String(object?.apiVersion);
    const kind = String(object?.kind);
    const where = `${kind} ${String(object?.metadata?.name)}`;
    if (!/^([a-z0-9.-]+\/)?v[0-9]+[a-z0-9]*$/.test(apiVersion) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
      problems.push(`${where}: not a Kubernetes object (apiVersion ${apiVersion})`);
      continue;
    }
    let model: Model | undefined;
    try {
      model = ((await import(`kubernetes-models/${apiVersion}/${kind}`)) as Record<string, Model>)[kind];
    } catch {
      model = undefined;
    }
    if (!model || model.apiVersion !== apiVersion || model.kind !== kind) {
      problems.push(`${where}: unknown kind ${apiVersion} ${kind}`);
      continue;
    }
    try {
      new model(object).validate();
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new Error(`invalid Kubernetes objects:\n${problems.join('\n')}`);
}

function ofKind<T extends K8sObject>(objects: readonly K8sObject[], kind: string): T[] {
  return objects.filter((object) => object.kind === kind) as T[];
}

/** Whether a label selector (Deployment, PodDisruptionBudget, topology spread) selects pods with these labels. */
function selects(selector: Selector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return key in labels && values.includes(labels[key]);
    if (operator === 'NotIn') return !(key in labels) || !values.includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    throw new Error(`unknown selector operator ${operator}`);
  });
  return byLabel && byExpression;
}

/** A Service's selector: a plain map; an empty one selects nothing (the Service gets no endpoints). */
function serviceSelects(service: Service, labels: Labels): boolean {
  const selector = Object.entries(service.spec.selector ?? {});
  return selector.length > 0 && selector.every(([key, value]) => labels[key] === value);
}

/** A container port given by number or by name, as a number (undefined when the container declares none such). */
function containerPort(container: Container, port: number | string | undefined): number | undefined {
  return container.ports?.find((declared) =>
    typeof port === 'string' ? declared.name === port : declared.containerPort === port,
  )?.containerPort;
}

/** A resource quantity (`500m`, `1`, `384Mi`, `1Gi`) as a number. */
function quantity(value: string | number): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti)?$/.exec(String(value));
  if (!match) throw new Error(`not a resource quantity: ${value}`);
  const factors: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    Ki: 2 ** 10,
    M: 1e6,
    Mi: 2 ** 20,
    G: 1e9,
    Gi: 2 ** 30,
    T: 1e12,
    Ti: 2 ** 40,
  };
  return Number(match[1]) * (match[2] ? factors[match[2]] : 1);
}

function containersOf(pod: PodSpec): Container[] {
  return [...(pod.initContainers ?? []), ...pod.containers];
}

/** What the process is, from its command line: the image runs `node app/<part>.js [subgraph]`. */
type Part = { kind: 'gateway' } | { kind: 'subgraph'; name: string } | { kind: 'migrate' } | undefined;
function partOf(container: Container): Part {
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  if (argv[0] !== 'node') return undefined;
  if (argv[1] === 'app/gateway.js' && argv.length === 2) return { kind: 'gateway' };
  if (argv[1] === 'app/migrate.js' && argv.length === 2) return { kind: 'migrate' };
  if (argv[1] === 'app/subgraph.js' && argv.length === 3) return { kind: 'subgraph', name: argv[2] };
  return undefined;
}

/** The environment a container starts with: its envFrom ConfigMaps, then its own env, secrets as stand-ins. */
function environmentOf(container: Container, objects: readonly K8sObject[]): Record<string, string> {
  const configMap = (name: string) => {
    const found = ofKind(objects, 'ConfigMap').find((object) => object.metadata.name === name);
    if (!found) throw new Error(`container ${container.name} reads the ConfigMap ${name}, which is not rendered`);
    return found.data ?? {};
  };
  const secret = (name: string, key: string) => {
    if (!DOCUMENTED_SECRETS[name]?.includes(key))
      throw new Error(`container ${container.name} reads ${key} of the Secret ${name}, which the README does not list`);
    const standIn = SECRET_STAND_INS[key];
    if (standIn === undefined) throw new Error(`container ${container.name} reads the file ${key} as a variable`);
    return standIn;
  };
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    const prefix = source.prefix ?? '';
    if (source.configMapRef)
      for (const [key, value] of Object.entries(configMap(source.configMapRef.name))) env[prefix + key] = value;
    if (source.secretRef)
      for (const key of DOCUMENTED_SECRETS[source.secretRef.name] ?? [source.secretRef.name])
        env[prefix + key] = secret(source.secretRef.name, key);
  }
  for (const variable of container.env ?? []) {
    const from = variable.valueFrom;
    if (from?.secretKeyRef) env[variable.name] = secret(from.secretKeyRef.name, from.secretKeyRef.key);
    else if (from?.configMapKeyRef) {
      const value = configMap(from.configMapKeyRef.name)[from.configMapKeyRef.key];
      if (value === undefined) throw new Error(`${variable.name}: no ${from.configMapKeyRef.key} in its ConfigMap`);
      env[variable.name] = value;
    } else if (from) throw new Error(`${variable.name}: only values, Secrets and ConfigMaps are expected`);
    else env[variable.name] = variable.value ?? '';
  }
  return env;
}

/** Whether `file` is the key `key` of the Secret `secretName`, mounted into the container. */
function mountsSecretFile(pod: PodSpec, container: Container, file: string, secretName: string, key: string) {
  return (container.volumeMounts ?? []).some((mount) => {
    const volume = pod.volumes?.find((candidate) => candidate.name === mount.name);
    if (volume?.secret?.secretName !== secretName) return false;
    // A directory mount holds the file under its path in the volume; a subPath mount is the file itself.
    if (mount.subPath !== undefined && file !== mount.mountPath) return false;
    const inVolume = mount.subPath ?? posix.relative(mount.mountPath, file);
    const items = volume.secret.items;
    return items ? items.some((item) => item.key === key && item.path === inVolume) : inVolume === key;
  });
}

/** How many pods a PodDisruptionBudget keeps when the Deployment has `replicas` (a percentage rounds up). */
function podsKept(budget: DisruptionBudget, replicas: number): number {
  const count = (value: number | string, round: (n: number) => number) =>
    typeof value === 'number' ? value : round((Number(value.replace(/%$/, '')) * replicas) / 100);
  if (budget.spec.minAvailable !== undefined) return count(budget.spec.minAvailable, Math.ceil);
  if (budget.spec.maxUnavailable !== undefined) return replicas - count(budget.spec.maxUnavailable, Math.ceil);
  return replicas;
}

const rover = parse(readFileSync(join(ROOT, 'rover.yaml'), 'utf8')) as {
  subgraphs: Record<string, { routing_url: string }>;
};
const SUBGRAPHS = Object.entries(rover.subgraphs).map(([name, { routing_url }]) => ({
  name,
  port: Number(new URL(routing_url).port),
}));

const overlays = readdirSync(OVERLAYS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('deploy/k8s', () => {
  it('has the dev and production overlays', () => {
    expect(overlays).toEqual(expect.arrayContaining(['dev', 'production']));
  });

  it('documents how to create each Secret the manifests reference', () => {
    const readme = readFileSync(join(ROOT, 'deploy/k8s/README.md'), 'utf8');
    for (const [name, keys] of Object.entries(DOCUMENTED_SECRETS)) {
      expect(readme).toMatch(new RegExp(`kubectl (-n \\S+ )?create secret generic ${name} `));
      for (const key of keys) expect(readme).toMatch(new RegExp(`--from-(literal|file)=${key.replace('.', '\\.')}=`));
    }
  });

  it('rejects an object the Kubernetes schemas do not accept, and an unknown kind', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'broken' },
      spec: {
        replicas: 'two',
        selector: { matchLabels: { app: 'broken' } },
        template: { metadata: { labels: { app: 'broken' } }, spec: { containers: [{ name: 'hub', image: 'x:1' }] } },
      },
    };
    await expect(assertValid([deployment])).rejects.toThrow('Deployment broken: data/spec/replicas must be integer');
    await assertValid([{ ...deployment, spec: { ...deployment.spec, replicas: 2 } }]);
    const monitor = { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'hub' } };
    await expect(assertValid([monitor])).rejects.toThrow('ServiceMonitor hub: unknown kind');
  });
});

describe.each(overlays)('overlay %s', (overlay) => {
  let objects: K8sObject[];
  let deployments: Workload[];
  let services: Service[];
  let rendered: Rendered;

  beforeAll(async () => {
    rendered = await render(overlay);
    objects = rendered.objects;
    deployments = ofKind<Workload>(objects, 'Deployment');
    services = ofKind<Service>(objects, 'Service');
  });

  /** Each container of a Deployment or Job with its pod, and the configuration hub/config.ts reads from it. */
  function processes() {
    const workloads = [...deployments, ...ofKind<Workload>(objects, 'Job')];
    return workloads.flatMap((workload) =>
      containersOf(workload.spec.template.spec).map((container) => {
        let config: HubConfig | undefined;
        let problem: unknown;
        try {
          config = readConfig(environmentOf(container, objects));
        } catch (error) {
          problem = error;
        }
        const where = `${workload.kind} ${workload.metadata.name}, container ${container.name}`;
        return { workload, pod: workload.spec.template.spec, container, config, problem, where };
      }),
    );
  }

  /** The port the process serves on (and answers /healthz and /readyz): PORT, or `<NAME>_PORT` for a subgraph. */
  function servingPort(container: Container, config: HubConfig): number | undefined {
    const part = partOf(container);
    if (part?.kind === 'gateway') return config.port;
    if (part?.kind === 'subgraph') return config.subgraphPorts[part.name];
    return undefined;
  }

  function deploymentOf(part: NonNullable<Part>): Workload[] {
    return deployments.filter((deployment) =>
      deployment.spec.template.spec.containers.some((container) => {
        const found = partOf(container);
        return (
          found?.kind === part.kind && (found.kind !== 'subgraph' || found.name === (part as { name: string }).name)
        );
      }),
    );
  }

  /** Whether `url` names a Service (by short or namespaced name) of `deployment`, on a port reaching `port`. */
  function reaches(url: string, deployment: Workload, port: number): boolean {
    const { hostname, port: urlPort, protocol } = new URL(url);
    const [serviceName, namespace] = hostname.split('.');
    const service = services.find((candidate) => candidate.metadata.name === serviceName);
    if (!service || protocol !== 'http:') return false;
    if (namespace !== undefined && namespace !== service.metadata.namespace) return false;
    if (!serviceSelects(service, deployment.spec.template.metadata?.labels ?? {})) return false;
    const servicePort = service.spec.ports.find((candidate) => candidate.port === Number(urlPort || 80));
    const container = deployment.spec.template.spec.containers[0];
    return servicePort !== undefined && containerPort(container, servicePort.targetPort ?? servicePort.port) === port;
  }

  it('renders with kubectl kustomize, with no warning', () => {
    expect(rendered.stderr).toBe('');
    expect(deployments.length).toBeGreaterThan(0);
  });

  it('renders only objects the Kubernetes schemas accept', async () => {
    await assertValid(objects);
  });

  it('puts every object in one namespace', () => {
    const namespaced = objects.filter((object) => object.kind !== 'Namespace');
    const namespaces = new Set(namespaced.map((object) => object.metadata.namespace));
    expect([...namespaces]).toHaveLength(1);
    expect([...namespaces][0]).toMatch(/^[a-z0-9-]+$/);
    for (const namespace of ofKind(objects, 'Namespace')) expect(namespaces.has(namespace.metadata.name)).toBe(true);
  });

  it('runs the gateway, every subgraph of rover.yaml on its port, and the migrations', () => {
    expect(deploymentOf({ kind: 'gateway' })).toHaveLength(1);
    for (const { name, port } of SUBGRAPHS) {
      const [deployment, ...others] = deploymentOf({ kind: 'subgraph', name });
      expect({ name, deployments: others.length + (deployment ? 1 : 0) }).toEqual({ name, deployments: 1 });
      const [container] = deployment.spec.template.spec.containers;
      const config = readConfig(environmentOf(container, objects));
      expect({ name, port: config.subgraphPorts[name] }).toEqual({ name, port });
      expect({ name, port: containerPort(container, 'http') }).toEqual({ name, port });
    }
    const jobs = ofKind<Workload>(objects, 'Job');
    expect(jobs.flatMap((job) => job.spec.template.spec.containers.map(partOf))).toContainEqual({ kind: 'migrate' });
    for (const deployment of deployments)
      for (const container of deployment.spec.template.spec.containers)
        expect({ deployment: deployment.metadata.name, part: partOf(container) }).toEqual({
          deployment: deployment.metadata.name,
          part: expect.objectContaining({ kind: expect.stringMatching(/^(gateway|subgraph)$/) }),
        });
  });

  it('gives each Deployment a Service that reaches a declared port of its pods', () => {
    for (const service of services) {
      const selected = deployments.filter((deployment) =>
        serviceSelects(service, deployment.spec.template.metadata?.labels ?? {}),
      );
      expect({ service: service.metadata.name, selects: selected.length }).toEqual({
        service: service.metadata.name,
        selects: 1,
      });
      for (const port of service.spec.ports)
        expect({ service: service.metadata.name, port: port.port, declared: true }).toEqual({
          service: service.metadata.name,
          port: port.port,
          declared:
            containerPort(selected[0].spec.template.spec.containers[0], port.targetPort ?? port.port) !== undefined,
        });
    }
    for (const deployment of deployments) {
      const labels = deployment.spec.template.metadata?.labels ?? {};
      expect({ deployment: deployment.metadata.name, ownSelector: selects(deployment.spec.selector, labels) }).toEqual({
        deployment: deployment.metadata.name,
        ownSelector: true,
      });
      const servedBy = services.filter((service) => serviceSelects(service, labels));
      expect({ deployment: deployment.metadata.name, services: servedBy.length > 0 }).toEqual({
        deployment: deployment.metadata.name,
        services: true,
      });
    }
  });

  it('scales each Deployment with one CPU autoscaler and leaves the replica count to it', () => {
    const autoscalers = ofKind<Autoscaler>(objects, 'HorizontalPodAutoscaler');
    for (const autoscaler of autoscalers) {
      const target = autoscaler.spec.scaleTargetRef;
      expect({
        autoscaler: autoscaler.metadata.name,
        target: deployments.some((d) => d.metadata.name === target.name),
      }).toEqual({ autoscaler: autoscaler.metadata.name, target: true });
      expect(target).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
      expect(autoscaler.spec.minReplicas ?? 1).toBeGreaterThanOrEqual(1);
      expect(autoscaler.spec.maxReplicas).toBeGreaterThanOrEqual(autoscaler.spec.minReplicas ?? 1);
      expect(autoscaler.spec.metrics).toContainEqual({
        type: 'Resource',
        resource: { name: 'cpu', target: expect.objectContaining({ type: 'Utilization' }) },
      });
    }
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const scaling = autoscalers.filter((autoscaler) => autoscaler.spec.scaleTargetRef.name === name);
      expect({ deployment: name, autoscalers: scaling.length }).toEqual({ deployment: name, autoscalers: 1 });
      // With an autoscaler, `replicas` in the manifest would reset its count on every apply.
      expect({ deployment: name, replicas: deployment.spec.replicas }).toEqual({ deployment: name });
    }
  });

  it('gives each Deployment one PodDisruptionBudget that lets a drain proceed', () => {
    const budgets = ofKind<DisruptionBudget>(objects, 'PodDisruptionBudget');
    const autoscalers = ofKind<Autoscaler>(objects, 'HorizontalPodAutoscaler');
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const labels = deployment.spec.template.metadata?.labels ?? {};
      const covering = budgets.filter((budget) => selects(budget.spec.selector, labels));
      expect({ deployment: name, budgets: covering.length }).toEqual({ deployment: name, budgets: 1 });
      const fewest = autoscalers.find((a) => a.spec.scaleTargetRef.name === name)?.spec.minReplicas ?? 1;
      const kept = podsKept(covering[0], fewest);
      // At least one pod may go (else a drain waits forever) and, where the Deployment has two or more, one stays.
      expect({ deployment: name, evictable: fewest - kept >= 1 }).toEqual({ deployment: name, evictable: true });
      if (fewest >= 2) expect({ deployment: name, kept: kept >= 1 }).toEqual({ deployment: name, kept: true });
    }
    for (const budget of budgets)
      expect({
        budget: budget.metadata.name,
        pods: deployments.some((d) => selects(budget.spec.selector, d.spec.template.metadata?.labels ?? {})),
      }).toEqual({ budget: budget.metadata.name, pods: true });
  });

  it('probes liveness at /healthz and readiness at /readyz on the serving port', () => {
    for (const { container, config, problem, where } of processes()) {
      if (partOf(container)?.kind === 'migrate') continue;
      expect({ where, problem }).toEqual({ where });
      const port = servingPort(container, config!);
      expect({ where, port }).toEqual({ where, port: expect.any(Number) });
      const probe = (probe: Probe | undefined) => ({
        path: probe?.httpGet?.path,
        port: containerPort(container, probe?.httpGet?.port),
      });
      expect({ where, liveness: probe(container.livenessProbe) }).toEqual({
        where,
        liveness: { path: '/healthz', port },
      });
      expect({ where, readiness: probe(container.readinessProbe) }).toEqual({
        where,
        readiness: { path: '/readyz', port },
      });
      if (container.startupProbe)
        expect({ where, startup: probe(container.startupProbe) }).toEqual({
          where,
          startup: { path: '/healthz', port },
        });
    }
  });

  it('sets requests and limits, and runs every container as uid 10001 on a read-only root filesystem', () => {
    for (const { pod, container, where } of processes()) {
      const resources = container.resources ?? {};
      for (const resource of ['cpu', 'memory']) {
        const request = resources.requests?.[resource];
        const limit = resources.limits?.[resource];
        expect({ where, resource, request: request !== undefined, limit: limit !== undefined }).toEqual({
          where,
          resource,
          request: true,
          limit: true,
        });
        expect({ where, resource, withinLimit: quantity(request!) <= quantity(limit!) }).toEqual({
          where,
          resource,
          withinLimit: true,
        });
      }
      const context = { ...pod.securityContext, ...container.securityContext };
      expect({ where, ...context }).toMatchObject({
        where,
        runAsNonRoot: true,
        runAsUser: 10001,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect({ where, drop: context.capabilities?.drop }).toEqual({ where, drop: expect.arrayContaining(['ALL']) });
      const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
      const volume = pod.volumes?.find((candidate) => candidate.name === tmp?.name);
      expect({ where, tmp: volume?.emptyDir !== undefined }).toEqual({ where, tmp: true });
      const account = ofKind(objects, 'ServiceAccount').find((a) => a.metadata.name === pod.serviceAccountName);
      if (pod.serviceAccountName) expect({ where, account: account !== undefined }).toEqual({ where, account: true });
      const token = pod.automountServiceAccountToken ?? account?.automountServiceAccountToken;
      expect({ where, token }).toEqual({ where, token: false });
    }
  });

  it('gives each container an environment hub/config.ts accepts, for the production image', () => {
    const gateway = deploymentOf({ kind: 'gateway' })[0];
    const gatewayPort = readConfig(environmentOf(gateway.spec.template.spec.containers[0], objects)).port;
    for (const { pod, container, config, problem, where } of processes()) {
      expect({ where, problem }).toEqual({ where });
      const part = partOf(container);
      expect({ where, production: config!.production, authentication: config!.authentication.kind }).toEqual({
        where,
        production: true,
        authentication: 'oidc',
      });
      expect({ where, database: config!.databaseUrl }).toEqual({ where, database: SECRET_STAND_INS.DATABASE_URL });
      if (part?.kind === 'migrate') continue;
      expect({
        where,
        host: config!.host,
        redis: config!.redisUrl,
        sharedSecret: config!.internalSecretShared,
      }).toEqual({
        where,
        host: '0.0.0.0',
        redis: SECRET_STAND_INS.REDIS_URL,
        sharedSecret: true,
      });
      if (config!.metricsPort !== undefined)
        expect({ where, metrics: containerPort(container, 'metrics') }).toEqual({
          where,
          metrics: config!.metricsPort,
        });
      const audit = config!.audit.keyFile;
      expect({
        where,
        audit,
        mounted: mountsSecretFile(pod, container, audit, 'citizen360-audit-key', 'audit-signing.pem'),
      }).toEqual({ where, audit, mounted: true });
      if (part?.kind === 'subgraph') {
        expect({ where, gatewayUrl: reaches(config!.gatewayUrl, gateway, gatewayPort) }).toEqual({
          where,
          gatewayUrl: true,
        });
        expect(new URL(config!.gatewayUrl).pathname).toBe('/graphql');
      }
      if (part?.kind === 'subgraph' && part.name === 'insights') {
        const file = config!.insightsKeyFile;
        expect({
          where,
          file,
          mounted: mountsSecretFile(pod, container, file, 'citizen360-insights-key', 'insights.key'),
        }).toEqual({ where, file, mounted: true });
      }
      if (part?.kind === 'gateway') {
        const pairwiseKey = config!.pairwiseKeyFile;
        expect({
          where,
          pairwiseKey,
          mounted: mountsSecretFile(pod, container, pairwiseKey, 'citizen360-pairwise-key', 'pairwise.key'),
        }).toEqual({ where, pairwiseKey, mounted: true });
        expect(config!.gatewayWorkers).toBe(1);
        expect(Object.keys(config!.subgraphUrls).sort()).toEqual(SUBGRAPHS.map(({ name }) => name).sort());
        for (const { name, port } of SUBGRAPHS) {
          const url = config!.subgraphUrls[name];
          const target = deploymentOf({ kind: 'subgraph', name })[0];
          expect({ name, url, reaches: reaches(url, target, port) }).toEqual({ name, url, reaches: true });
          expect(new URL(url).pathname).toBe('/graphql');
        }
      }
    }
  });

  it('pauses before SIGTERM and lets the hub finish within the termination grace period', () => {
    for (const { pod, container, config, where } of processes()) {
      if (partOf(container)?.kind === 'migrate') continue;
      const pause = container.lifecycle?.preStop?.sleep?.seconds ?? 0;
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      expect({ where, pause: pause > 0 }).toEqual({ where, pause: true });
      // The grace period counts from the preStop hook: the pause and SHUTDOWN_GRACE_SECONDS must both fit.
      expect({ where, fits: pause + config!.shutdownGraceMs / 1000 < grace }).toEqual({ where, fits: true });
    }
  });

  it('references only Secrets the README documents and ConfigMaps it renders', () => {
    const configMaps = new Set(ofKind(objects, 'ConfigMap').map((object) => object.metadata.name));
    const references: { where: string; kind: 'Secret' | 'ConfigMap'; name: string; key?: string }[] = [];
    for (const { pod, container, where } of processes()) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef) references.push({ where, kind: 'ConfigMap', name: source.configMapRef.name });
        if (source.secretRef) references.push({ where, kind: 'Secret', name: source.secretRef.name });
      }
      for (const { valueFrom } of container.env ?? []) {
        if (valueFrom?.configMapKeyRef) references.push({ where, kind: 'ConfigMap', ...valueFrom.configMapKeyRef });
        if (valueFrom?.secretKeyRef) references.push({ where, kind: 'Secret', ...valueFrom.secretKeyRef });
      }
      for (const volume of pod.volumes ?? []) {
        if (volume.configMap) references.push({ where, kind: 'ConfigMap', name: volume.configMap.name });
        for (const item of volume.secret?.items ?? [{ key: undefined }])
          if (volume.secret) references.push({ where, kind: 'Secret', name: volume.secret.secretName, key: item.key });
        for (const source of volume.projected?.sources ?? []) {
          if (source.configMap) references.push({ where, kind: 'ConfigMap', name: source.configMap.name });
          if (source.secret) references.push({ where, kind: 'Secret', name: source.secret.name });
        }
      }
    }
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const exists =
        reference.kind === 'ConfigMap'
          ? configMaps.has(reference.name)
          : reference.name in DOCUMENTED_SECRETS &&
            (reference.key === undefined || DOCUMENTED_SECRETS[reference.name].includes(reference.key));
      expect({ ...reference, exists }).toEqual({ ...reference, exists: true });
    }
  });

  it('runs one tagged image in every container', () => {
    const images = new Set(
      [...deployments, ...ofKind<Workload>(objects, 'Job')].flatMap((workload) =>
        containersOf(workload.spec.template.spec).map((container) => container.image),
      ),
    );
    expect(images.size).toBe(1);
    const [image] = images;
    expect(image).toMatch(/(:[\w][\w.-]*|@sha256:[0-9a-f]{64})$/);
    expect(image).not.toMatch(/:latest$/);
  });

  it('spreads pods only by selectors that match them', () => {
    for (const deployment of deployments) {
      const labels = deployment.spec.template.metadata?.labels ?? {};
      for (const constraint of deployment.spec.template.spec.topologySpreadConstraints ?? [])
        expect({
          deployment: deployment.metadata.name,
          topologyKey: constraint.topologyKey,
          ownPods: selects(constraint.labelSelector, labels),
          otherPods: deployments.some(
            (other) =>
              other !== deployment && selects(constraint.labelSelector, other.spec.template.metadata?.labels ?? {}),
          ),
        }).toEqual({
          deployment: deployment.metadata.name,
          topologyKey: constraint.topologyKey,
          ownPods: true,
          otherPods: false,
        });
    }
  });
});
