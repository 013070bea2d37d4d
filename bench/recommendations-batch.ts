/**
 * `node --import tsx bench/recommendations-batch.ts`: seeds a Kuzu graph on disk the way the stack
 * does (2,000 catalog products, 5,000 customers, 50,000 purchases), closes it, starts the
 * recommendations subgraph as its own process over it, and times `alsoBought(first: 4)` for the 48
 * products of a category page (one `_entities` request, as the gateway sends it). Prints the seed time
 * and the median / p95 of BENCH_SAMPLES sequential requests.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalog, generateCategories } from '@commerce/catalog/seed';
import { principalHeaders } from '@commerce/lib';
import { seedRecommendations } from '@commerce/recommendations/seed';
import { openGraphStore } from '@commerce/recommendations/stores';

const root = fileURLToPath(new URL('../', import.meta.url));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const WARMUP = 20;
const PAGE = 48;
const routerSecret = randomBytes(32).toString('base64url');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const dataDir = await mkdtemp(join(tmpdir(), 'recommendations-bench-'));
const path = join(dataDir, 'recommendations.kuzu');
const categories = generateCategories();
const products = [...generateCatalog(2_000, categories)].map(({ product }) => ({
  id: product.id,
  categoryId: product.categoryId,
  topCategoryId: product.topCategoryId,
}));

const store = await openGraphStore({ graph: { kind: 'kuzu', path } });
const seed = await seedRecommendations(store, {
  products,
  categories: categories.map(({ id, parentId }) => ({ id, parentId })),
  customers: 5_000,
  purchases: 50_000,
  onProgress: ({ step, done, total }) => {
    if (done === total) process.stderr.write(`seeded ${step}: ${total}\n`);
  },
});
await store.close();
console.log(`seed: ${seed.customers} customers, ${seed.purchases} purchases, ${seed.views} views in ${(seed.ms / 1000).toFixed(1)} s`);

const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/recommendations/src/index.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), RECOMMENDATIONS_GRAPH_PATH: path, ROUTER_SECRET: routerSecret, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error('the recommendations subgraph did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  // Category pages: 48 products of one top-level category each, cycled through.
  const byTop = new Map<string, string[]>();
  for (const p of products) byTop.set(p.topCategoryId, [...(byTop.get(p.topCategoryId) ?? []), p.id]);
  const pages = [...byTop.values()].filter((ids) => ids.length >= PAGE).map((ids) => ids.slice(0, PAGE));
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id alsoBought(first: 4) { id } } } }';

  const time = async (ids: string[]) => {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'bench' }, routerSecret) },
      body: JSON.stringify({ query, variables: { r: ids.map((id) => ({ __typename: 'Product', id })) } }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: { _entities: { alsoBought: unknown[] }[] } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    // A rarely bought product can have fewer than 4 companions; most must have all 4.
    const full = body.data!._entities.filter((p) => p.alsoBought.length === 4).length;
    if (full < PAGE * 0.9) throw new Error(`only ${full} of ${PAGE} products got 4 recommendations`);
    return performance.now() - started;
  };

  for (let i = 0; i < WARMUP; i++) await time(pages[i % pages.length]!);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await time(pages[i % pages.length]!));
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  console.log(`alsoBought(first: 4) for ${PAGE} products, ${SAMPLES} requests: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
