import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { infraNginxConfig } from '../cluster/infra-nginx.js';
import { ENV_NAMES, parseEnv } from './env.js';

const infra = new URL('../../../infra/', import.meta.url);

type Manifest = { kind: string; metadata: { name: string; labels?: Record<string, string> }; [field: string]: unknown };

/** Every document of every file in infra/k8s. */
function manifests(): Manifest[] {
  const folder = new URL('k8s/', infra);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parseAllDocuments(readFileSync(new URL(file, folder), 'utf8')).map((document) => document.toJS() as Manifest));
}

function one<T extends Manifest>(all: Manifest[], kind: string): T {
  const found = all.filter((manifest) => manifest.kind === kind);
  expect(found, `one ${kind} in infra/k8s`).toHaveLength(1);
  return found[0] as T;
}

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  ports: { name: string; containerPort: number }[];
  envFrom: ({ configMapRef: { name: string } } | { secretRef: { name: string } })[];
  readinessProbe: Probe;
  livenessProbe: Probe;
}

describe('the deployment files', () => {
  const all = manifests();
  const config = one<Manifest & { data: Record<string, string> }>(all, 'ConfigMap');
  const secret = one<Manifest & { stringData: Record<string, string> }>(all, 'Secret');
  const deployment = one<Manifest & { spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } } } }>(all, 'Deployment');
  const container = deployment.spec.template.spec.containers[0]!;

  it("give the server only variables env.ts reads, and values it accepts in production", () => {
    const environment = { ...config.data, ...secret.stringData };
    expect(Object.keys(environment).filter((name) => !ENV_NAMES.includes(name))).toEqual([]);
    const env = parseEnv(environment);
    expect(env.NODE_ENV).toBe('production');
    expect(env.DATABASE_URL).toMatch(/^postgres:/);
    expect(env.REDIS_URL).toMatch(/^redis:/);
    expect(env.STACKYARD_PUBLIC_URL).toMatch(/^https:/);
    // Secrets are not in the ConfigMap.
    expect(env.DATABASE_REPLICA_URL).toMatch(/^postgres:/);
    for (const name of ['DATABASE_URL', 'DATABASE_REPLICA_URL', 'REDIS_URL', 'GITHUB_CLIENT_SECRET', 'GITHUB_TOKEN']) expect(config.data).not.toHaveProperty(name);
  });

  it('run replicas that take their configuration from that ConfigMap and Secret, probed for readiness and liveness', () => {
    expect(container.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
    const port = container.ports.find((candidate) => candidate.name === container.readinessProbe.httpGet.port)!;
    expect(port.containerPort).toBe(Number(config.data.PORT));
    expect(container.readinessProbe.httpGet.path).toBe('/api/health/ready');
    expect(container.livenessProbe.httpGet).toEqual({ path: '/api/health/live', port: port.name });
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
  });

  it('route the Service to those replicas and keep all but one of them through disruptions', () => {
    const service = one<Manifest & { spec: { selector: Record<string, string>; ports: { targetPort: string }[] } }>(all, 'Service');
    const budget = one<Manifest & { spec: { maxUnavailable: number; selector: { matchLabels: Record<string, string> } } }>(all, 'PodDisruptionBudget');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports.map((port) => port.targetPort)).toEqual([container.ports[0]!.name]);
    expect(budget.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(budget.spec.maxUnavailable).toBe(1);
  });

  it("give compose's API replicas only variables env.ts reads", () => {
    const compose = parse(readFileSync(new URL('compose.yaml', infra), 'utf8')) as { services: { api: { environment: Record<string, string> } } };
    expect(Object.keys(compose.services.api.environment).filter((name) => !ENV_NAMES.includes(name))).toEqual([]);
  });

  it('run in compose the topology the cluster tests: nginx with its configuration, replicas on the primary and its standby, Redis', () => {
    type Service = { environment?: Record<string, string>; volumes?: string[]; command?: string[]; deploy?: { replicas: number } };
    const { services } = parse(readFileSync(new URL('compose.yaml', infra), 'utf8')) as { services: Record<string, Service> };
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'postgres-replica', 'proxy', 'redis']);
    const api = services.api!.environment!;
    expect(new URL(api.DATABASE_URL!).hostname).toBe('postgres');
    expect(new URL(api.DATABASE_REPLICA_URL!).hostname).toBe('postgres-replica');
    expect(new URL(api.REDIS_URL!).hostname).toBe('redis');
    expect(services.api!.deploy!.replicas).toBeGreaterThan(1);
    // nginx runs the file the cluster's generator writes for containers, which names the api service.
    expect(services.proxy!.volumes).toContain('./nginx.conf:/etc/nginx/stackyard.conf:ro');
    expect(services.proxy!.command).toEqual(['nginx', '-c', '/etc/nginx/stackyard.conf']);
    const nginx = readFileSync(new URL('nginx.conf', infra), 'utf8');
    expect(nginx, 'infra/nginx.conf is out of date: npm run pnpm -- --filter @stackyard/api infra:nginx').toBe(infraNginxConfig());
    expect(nginx).toContain(`server api:${parseEnv({}).PORT} `);
  });
});
