/**
 * `node --import tsx bench/inventory-read.ts`: the inventory subgraph over the demo catalog's stock.
 * Starts dynalite and the ERP simulator seeded with every variant SKU of the 2,000-product demo catalog
 * (SEED_PRODUCTS), runs `npm run inventory:sync -- --full` as its own process (it prints the time a full
 * sync of the seeded stock took), then starts the subgraph as its own process and times the inventory of
 * 48 variants in one `_entities` request, as the gateway sends it for a category page. Prints the median
 * and p95 of BENCH_SAMPLES sequential requests.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateCatalog, generateCategories } from '@commerce/catalog/seed';
import { startErpSimulator } from '@commerce/inventory/erp-simulator';
import { createLogger, principalHeaders } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';

const root = fileURLToPath(new URL('../', import.meta.url));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const PRODUCTS = Number(process.env.SEED_PRODUCTS ?? 2000);
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

const skus = [...generateCatalog(PRODUCTS, generateCategories())].flatMap(({ variants }) => variants.map((v) => v.sku));
const dynamo = await startDynalite();
const erp = await startErpSimulator({ port: 0, skus, logger: createLogger('erp-simulator', 'warn') });
console.log(`ERP simulator: ${skus.length} SKUs of ${PRODUCTS} products, ${erp.seeded} stock rows`);
const env = {
  ...process.env,
  DYNAMODB_ENDPOINT: dynamo.endpoint,
  ERP_ODATA_URL: erp.serviceUrls.v2,
  INVENTORY_TABLE: 'commerce-inventory',
  ROUTER_SECRET: routerSecret,
  LOG_LEVEL: 'warn',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const run = (args: string[]) =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'ignore'] });
    child.once('exit', resolve);
  });

const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/inventory/src/index.ts'], {
  cwd: root,
  env: { ...env, PORT: String(port), INVENTORY_SYNC_SECONDS: '0', INVENTORY_EXPIRY_SWEEP_SECONDS: '0' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;

try {
  const started = performance.now();
  if ((await run(['subgraphs/inventory/src/cli/sync.ts', '--full'])) !== 0) throw new Error('the full sync failed');
  console.log(`inventory:sync --full as a process (start-up included): ${((performance.now() - started) / 1000).toFixed(1)} s`);

  for (let i = 0; ; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error('the inventory subgraph did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { sku inventory { available inStock byWarehouse { warehouse { id } available } } } } }';
  const pages = Array.from({ length: Math.floor(skus.length / PAGE) }, (_, i) => skus.slice(i * PAGE, (i + 1) * PAGE));
  const time = async (page: string[]) => {
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'bench' }, routerSecret) },
      body: JSON.stringify({ query, variables: { r: page.map((sku) => ({ __typename: 'ProductVariant', sku })) } }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: { _entities: { inventory: unknown }[] } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    if (body.data!._entities.some((v) => v.inventory === null)) throw new Error('a seeded SKU has no inventory');
    return performance.now() - t;
  };
  for (let i = 0; i < WARMUP; i++) await time(pages[i % pages.length]!);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await time(pages[(i * 7) % pages.length]!));
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  console.log(`inventory of ${PAGE} variants (one _entities request, one BatchGetItem), ${SAMPLES} requests: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await erp.close();
  await dynamo.close();
}
