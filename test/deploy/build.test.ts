/**
 * Each service builds and starts alone from its bundle (`npm run build -w <service>`, then
 * `node dist/index.js`): the built catalog over a dynalite, and the built gateway in front of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { principalHeaders } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../../scripts/buildService.js';
import { resolvePort } from '../../stack/src/freePort.js';
import { composeToFile } from '../support/supergraph.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'deploy-test-router-secret-of-32-characters-or-more';

let outdir: string;
let dynalite: LocalDynamo;
const children: ChildProcess[] = [];
const logs = new Map<ChildProcess, string>();

function start(entry: string, env: Record<string, string>): ChildProcess {
  // Not through tsx: the bundle alone, as a container would run it.
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', ROUTER_SECRET: SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  logs.set(child, '');
  const append = (chunk: Buffer) => logs.set(child, logs.get(child)! + chunk.toString());
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  children.push(child);
  return child;
}

async function until(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${logs.get(child)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not ready in ${timeoutMs} ms:\n${logs.get(child)}`);
}

beforeAll(async () => {
  // Inside the repository, so the bundles' npm imports resolve from its node_modules as in dist/.
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  outdir = await mkdtemp(join(root, 'node_modules/.cache/build-test-'));
  dynalite = await startDynalite();
}, 30_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((resolve) => c.once('exit', resolve)) : undefined)));
  await dynalite?.close();
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

describe('per-service build', () => {
  it('gives every service a build script and the root one that runs them all', async () => {
    const manifest = async (dir: string) => JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const dir of ['gateway', 'subgraphs/catalog', 'subgraphs/recommendations', 'subgraphs/fulfillment']) {
      expect((await manifest(dir)).scripts.build, dir).toMatch(/scripts\/buildService\.ts$/);
    }
    expect((await manifest('.')).scripts.build).toBe('npm run build --workspaces --if-present');
  });

  it('starts the built catalog over DynamoDB and the built gateway in front of it', async () => {
    const catalogEntry = await buildService({ packageDir: join(root, 'subgraphs/catalog'), outdir: join(outdir, 'catalog') });
    const gatewayEntry = await buildService({ packageDir: join(root, 'gateway'), outdir: join(outdir, 'gateway') });
    const bundle = await readFile(catalogEntry, 'utf8');
    expect(bundle).not.toMatch(/from "@commerce\//);
    expect(bundle).toMatch(/from "@apollo\/server"/);

    const catalogPort = await resolvePort(0);
    const catalog = start(catalogEntry, { PORT: String(catalogPort), DYNAMODB_ENDPOINT: dynalite.endpoint, CATALOG_TABLE: 'build-test' });
    await until(`http://127.0.0.1:${catalogPort}/healthz`, catalog);
    const answer = await fetch(`http://127.0.0.1:${catalogPort}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...principalHeaders({ kind: 'service', id: 'build-test', scopes: [], requestId: 'build-test' }, SECRET),
      },
      body: JSON.stringify({ query: '{ categories { id } product(id: "none") { id } }' }),
    });
    expect(await answer.json()).toEqual({ data: { categories: [], product: null } });

    const typeDefs = parse(await readFile(join(root, 'subgraphs/catalog/schema.graphql'), 'utf8'));
    const supergraph = await composeToFile(outdir, [{ name: 'catalog', url: `http://127.0.0.1:${catalogPort}/graphql`, typeDefs }]);
    const gatewayPort = await resolvePort(0);
    const gateway = start(gatewayEntry, { PORT: String(gatewayPort), SUPERGRAPH_PATH: supergraph, APOLLO_TELEMETRY_DISABLED: 'true' });
    const ready = await until(`http://127.0.0.1:${gatewayPort}/readyz`, gateway);
    expect(await ready.json()).toMatchObject({ ready: true, subgraphs: [{ name: 'catalog', ok: true }] });
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ categories { id } }' }),
    });
    expect(await res.json()).toEqual({ data: { categories: [] } });
  }, 60_000);
});
