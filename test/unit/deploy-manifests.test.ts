import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const DEPLOY = join(__dirname, '..', '..', 'deploy');
const KUBE = join(DEPLOY, 'kubernetes');
const CONFIG_DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
/** Every variable docs/configuration.md documents (first column of its tables). */
const DOCUMENTED = new Set([...CONFIG_DOC.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]));

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [key: string]: any };

const readYaml = (path: string): any[] => parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => doc.toJS());
const manifestFiles = readdirSync(KUBE).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
const manifests: Manifest[] = manifestFiles.flatMap((file) => readYaml(join(KUBE, file)));
const find = (kind: string, name: string): Manifest => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/kubernetes`);
  return found;
};

/** The kubernetes-models class of a manifest's apiVersion and kind (e.g. apps/v1 Deployment). */
function modelOf({ apiVersion, kind }: Manifest): new (data: unknown) => { validate(): void } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`kubernetes-models/${apiVersion}/${kind}`)[kind];
}

/** The schema errors of a manifest, or [] when it is valid. */
function schemaErrors(manifest: Manifest): string[] {
  const Model = modelOf(manifest);
  try {
    new Model(manifest).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('the Kubernetes manifests (deploy/kubernetes)', () => {
  it('are each valid against the Kubernetes schema of their kind', () => {
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}: ${schemaErrors(m).join('; ') || 'valid'}`)).toEqual(
      manifests.map((m) => `${m.kind}/${m.metadata.name}: valid`),
    );
    expect(manifests.map((m) => m.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Deployment',
      'HorizontalPodAutoscaler',
      'Namespace',
      'PodDisruptionBudget',
      'Service',
      'Service',
      'ServiceAccount',
    ]);
  });

  it('fail the schema check when a field has the wrong type (the check can fail)', () => {
    const broken = structuredClone(find('Deployment', 'transfer-graph'));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(schemaErrors(broken)).toEqual([expect.stringContaining('containerPort must be integer')]);
  });

  it('are all listed in kustomization.yaml, in one namespace', () => {
    const [kustomization] = readYaml(join(KUBE, 'kustomization.yaml'));
    expect([...kustomization.resources].sort()).toEqual([...manifestFiles].sort());
    expect(new Set(manifests.map((m) => m.metadata.namespace ?? m.metadata.name))).toEqual(new Set([kustomization.namespace]));
  });

  describe('the gateway Deployment', () => {
    const deployment = find('Deployment', 'transfer-graph');
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    const settings: Record<string, string> = find('ConfigMap', 'transfer-graph').data;

    it('probes readiness on /readyz and liveness on /healthz, at the port the gateway listens on', () => {
      expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(container.ports).toEqual([{ name: 'http', containerPort: 4000, protocol: 'TCP' }]);
      expect(container.env).toEqual(
        expect.arrayContaining([
          { name: 'PORT', value: '4000' },
          { name: 'HOST', value: '0.0.0.0' },
        ]),
      );
    });

    it('gives SIGTERM more time than the preStop pause plus the shutdown grace, which covers the request deadline', () => {
      const [sleep, seconds] = container.lifecycle.preStop.exec.command;
      expect(sleep).toBe('sleep');
      const graceMs = Number(settings.SHUTDOWN_GRACE_MS);
      expect(graceMs).toBeGreaterThanOrEqual(Number(settings.REQUEST_DEADLINE_MS));
      expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(seconds) * 1000 + graceMs);
    });

    it('keeps a replica up through voluntary disruptions and scales from two', () => {
      const pdb = find('PodDisruptionBudget', 'transfer-graph');
      const hpa = find('HorizontalPodAutoscaler', 'transfer-graph');
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'transfer-graph' });
      expect(hpa.spec.minReplicas).toBe(deployment.spec.replicas);
      expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    });

    it('is reached through its Service and reaches Redis through the Redis Service', () => {
      expect(find('Service', 'transfer-graph').spec.selector).toEqual(deployment.spec.template.metadata.labels);
      const redis = find('Service', 'transfer-graph-redis');
      const redisDeployment = find('Deployment', 'transfer-graph-redis');
      expect(redis.spec.selector).toEqual(redisDeployment.spec.template.metadata.labels);
      expect(settings.REDIS_URL).toBe(`redis://${redis.metadata.name}:${redis.spec.ports[0].port}`);
    });

    it('sets only documented settings (docs/configuration.md)', () => {
      const names = [...Object.keys(settings), ...container.env.map((e: { name: string }) => e.name)];
      expect(names.filter((name) => !DOCUMENTED.has(name))).toEqual([]);
    });
  });
});

describe('the compose file (deploy/compose.yaml)', () => {
  const [compose] = readYaml(join(DEPLOY, 'compose.yaml'));
  const services = compose.services as Record<string, any>;
  const gateways = Object.keys(services).filter((name) => name.startsWith('gateway-'));
  const nginx = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');

  it('runs two gateway replicas with the same settings, sharing Redis and the emulator', () => {
    expect(gateways).toEqual(['gateway-1', 'gateway-2']);
    expect(services['gateway-1']).toEqual(services['gateway-2']);
    const env = services['gateway-1'].environment;
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(env.TRANSFER_ENDPOINT).toBe(`http://emulator:${services.emulator.environment.EMULATOR_PORT}`);
    expect(Object.keys(services['gateway-1'].depends_on).sort()).toEqual(['emulator', 'redis']);
  });

  it('balances over exactly those replicas, on the port they listen on', () => {
    const upstreams = [...nginx.matchAll(/^\s*server (\S+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual(gateways.map((name) => `${name}:4000`));
    expect(services.balancer.depends_on).toEqual(gateways);
  });

  it('lets a stopping gateway finish its requests (stop grace over SHUTDOWN_GRACE_MS)', () => {
    const seconds = Number(/^(\d+)s$/.exec(services['gateway-1'].stop_grace_period)![1]);
    expect(seconds * 1000).toBeGreaterThan(Number(services['gateway-1'].environment.SHUTDOWN_GRACE_MS));
  });

  it('sets only documented settings', () => {
    const names = Object.values(services).flatMap((service: any) => Object.keys(service.environment ?? {}));
    expect(names.filter((name) => !DOCUMENTED.has(name))).toEqual([]);
  });
});
