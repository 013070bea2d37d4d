/**
 * `node --import tsx bench/fulfillment-estimates.ts`: what a 48-variant page's delivery estimates cost.
 * Starts dynalite, the SP-API simulator and the fulfillment subgraph as its own process (model's default
 * usage plans: deliveryOffers 5 rps, burst 30), then asks for 48 variants' estimates through `_entities`,
 * as the gateway would: a cold page, the same page warm (median of N), and a second cold page right after
 * the first (another destination, rate-limit bucket already spent). Counts the SP-API calls the simulator saw.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createLogger, principalHeaders } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';
import { startSimulator } from '@commerce/fulfillment/simulator';

const root = fileURLToPath(new URL('../', import.meta.url));
const WARM_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 50);
const routerSecret = randomBytes(32).toString('base64url');
const port = 4205;

const dynamo = await startDynalite();
const sim = await startSimulator({ port: 0, clock: 'running', routerSecret, logger: createLogger('sp-api-simulator', 'warn') });
const subgraph = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/fulfillment/src/index.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ROUTER_SECRET: routerSecret,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SP_API_ENDPOINT: sim.url,
    LWA_TOKEN_URL: `${sim.url}/auth/o2/token`,
    LWA_CLIENT_ID: sim.credentials.clientId,
    LWA_CLIENT_SECRET: sim.credentials.clientSecret,
    LWA_REFRESH_TOKEN: sim.credentials.refreshToken,
    FULFILLMENT_SWEEP_SECONDS: '0',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
sim.setNotificationUrl(`http://127.0.0.1:${port}/notifications/sp-api`);

const query = `query ($representations: [_Any!]!, $destination: DestinationInput!) {
  _entities(representations: $representations) { ... on ProductVariant { sku deliveryEstimate(destination: $destination) { earliest latest message } } }
}`;
const variants = Array.from({ length: 48 }, (_, i) => ({ __typename: 'ProductVariant', sku: `SKU-${String(1 + Math.floor(i / 4)).padStart(6, '0')}-0${(i % 4) + 1}` }));

async function page(destination: { postalCode: string; countryCode: string }): Promise<{ ms: number; calls: number }> {
  const before = sim.controls.calls.get('deliveryOffers') ?? 0;
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'bench' }, routerSecret) },
    body: JSON.stringify({ query, variables: { representations: variants, destination } }),
  });
  const body = (await response.json()) as { errors?: unknown; data: { _entities: { deliveryEstimate: unknown }[] } };
  const ms = performance.now() - started;
  if (body.errors || body.data._entities.some((v) => !v.deliveryEstimate)) throw new Error(JSON.stringify(body.errors ?? body.data));
  return { ms, calls: (sim.controls.calls.get('deliveryOffers') ?? 0) - before };
}

try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const cold = await page({ postalCode: '98109', countryCode: 'US' });
  const warm: number[] = [];
  let warmCalls = 0;
  for (let i = 0; i < WARM_SAMPLES; i++) {
    const run = await page({ postalCode: '98109', countryCode: 'US' });
    warm.push(run.ms);
    warmCalls += run.calls;
  }
  warm.sort((a, b) => a - b);
  const secondCold = await page({ postalCode: '10001', countryCode: 'US' });
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log('48-variant page, delivery estimates only (deliveryOffers: one SKU per request, 8 in flight, 5 rps / burst 30)');
  console.log(`cold, full rate-limit bucket      ${String(cold.calls).padStart(3)} SP-API calls   ${f(cold.ms)}`);
  console.log(`warm (median of ${WARM_SAMPLES}, p95)         ${String(warmCalls).padStart(3)} SP-API calls   ${f(warm[Math.floor(warm.length / 2)]!)} (p95 ${f(warm[Math.floor(warm.length * 0.95)]!)})`);
  console.log(`second cold page right after      ${String(secondCold.calls).padStart(3)} SP-API calls   ${f(secondCold.ms)}`);
} finally {
  subgraph.kill('SIGTERM');
  await new Promise((resolve) => subgraph.once('exit', resolve));
  await sim.close();
  await dynamo.close();
}
