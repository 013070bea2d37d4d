/**
 * `npm run bench`: starts the embedded stack on spare ports, then runs each storefront scenario
 * sequentially through the gateway and, side by side in the same run, straight against the catalog
 * subgraph (the floor: the same query with no gateway in front). Prints median and p95 of N requests.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { principalHeaders } from '@commerce/lib';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const root = fileURLToPath(new URL('../', import.meta.url));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const WARMUP = 20;
const ports = { gateway: 4100, catalog: 4101, recommendations: 4104, fulfillment: 4105, dynamodb: 4102, issuer: 4103, simulator: 4106 };
const routerSecret = randomBytes(32).toString('base64url');
// The floor calls the subgraph directly, signed as the gateway would sign an anonymous request.
const directHeaders = () => principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'bench' }, routerSecret);

async function operation(file: string, name: string): Promise<string> {
  const doc = parse(await readFile(join(root, 'test/operations', file), 'utf8'));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  return print(op!);
}

async function time(url: string, query: string, variables: object, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

async function measure(url: string, query: string, variables: object, headers: () => Record<string, string> = () => ({})) {
  for (let i = 0; i < WARMUP; i++) await time(url, query, variables, headers());
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await time(url, query, variables, headers()));
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const dataDir = await mkdtemp(join(tmpdir(), 'commerce-bench-'));
const stack = spawn(process.execPath, ['--import', 'tsx', 'stack/src/index.ts'], {
  cwd: root,
  // One load generator is one anonymous client: without this the anonymous rate limit would measure itself.
  env: { ...process.env, RATE_LIMIT_ANONYMOUS: '0', ROUTER_SECRET: routerSecret, DATA_DIR: dataDir, PORT: String(ports.gateway), CATALOG_PORT: String(ports.catalog), DYNAMODB_PORT: String(ports.dynamodb), ISSUER_PORT: String(ports.issuer), RECOMMENDATIONS_PORT: String(ports.recommendations), FULFILLMENT_PORT: String(ports.fulfillment), SP_API_SIMULATOR_PORT: String(ports.simulator) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
await new Promise<void>((resolve, reject) => {
  stack.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('Gateway ready at')) resolve();
  });
  stack.once('exit', (code) => reject(new Error(`stack exited (${code}):\n${out}`)));
});
console.log(out.trim());

// The floor applies where one subgraph answers the whole operation; the product page spans three.
const scenarios = [
  {
    name: 'product page',
    query: await operation('product-page.graphql', 'ProductPage'),
    variables: { slug: 'echo-slim-notebook-1', destination: { postalCode: '98109', countryCode: 'US' } },
    floor: false,
  },
  { name: 'category page (48)', query: await operation('category-page.graphql', 'CategoryPage'), variables: { categoryId: 'cat-electronics-laptops', first: 48 }, floor: true },
  { name: 'search with facets', query: await operation('search.graphql', 'Search'), variables: { query: 'jacket', first: 24 }, floor: true },
];

try {
  console.log(`\n${SAMPLES} sequential requests per scenario after ${WARMUP} warm-up requests (ms)`);
  console.log('scenario             gateway p50  p95   | subgraph direct p50  p95   | gateway overhead p50');
  const f = (n: number) => n.toFixed(2).padStart(6);
  for (const { name, query, variables, floor } of scenarios) {
    const gateway = await measure(`http://127.0.0.1:${ports.gateway}/graphql`, query, variables);
    if (!floor) {
      console.log(`${name.padEnd(20)} ${f(gateway.p50)} ${f(gateway.p95)}   |    n/a    n/a              |    n/a`);
      continue;
    }
    const direct = await measure(`http://127.0.0.1:${ports.catalog}/graphql`, query, variables, directHeaders);
    console.log(`${name.padEnd(20)} ${f(gateway.p50)} ${f(gateway.p95)}   | ${f(direct.p50)} ${f(direct.p95)}              | ${f(gateway.p50 - direct.p50)}`);
  }
} finally {
  stack.kill('SIGINT');
  await new Promise((resolve) => stack.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
