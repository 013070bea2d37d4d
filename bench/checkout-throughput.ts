/**
 * `node --import tsx bench/checkout-throughput.ts`: checkout throughput end to end, against a running stack
 * (`npm start`, or any gateway URL). Guest shoppers, BENCH_CONCURRENCY at a time, each create a cart, add
 * two SKUs and place an order; then every order is read until it leaves PENDING (the saga worker reserved
 * stock, took the payment and sent it to fulfillment, or failed it). Reports orders per second placed
 * (checkout acceptance) and settled (end to end), latencies and the outcomes.
 *
 * Knobs (environment): BENCH_GATEWAY_URL (http://localhost:4000/graphql), BENCH_ORDERS (200),
 * BENCH_CONCURRENCY (16), BENCH_POLL_MS (100), BENCH_TIMEOUT_SECONDS (300), BENCH_TOKEN (a bearer token, e.g.
 * from `npm run token`; without it the shoppers are guests). The gateway's per-principal rate limit applies:
 * start the stack with RATE_LIMIT_ANONYMOUS=0 (or RATE_LIMIT_AUTHENTICATED=0 with a token) to measure the
 * services rather than the limit.
 */
import { randomUUID } from 'node:crypto';

const URL_ = process.env.BENCH_GATEWAY_URL ?? 'http://localhost:4000/graphql';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 100);
const DEADLINE = Date.now() + Number(process.env.BENCH_TIMEOUT_SECONDS ?? 300) * 1000;
const TOKEN = process.env.BENCH_TOKEN;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(TOKEN ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? 'error'}: ${body.errors[0]!.message}`);
  return body.data!;
}

const CREATE_CART = `mutation CreateCart($currencyCode: String!) { createCart(currencyCode: $currencyCode) { id } }`;
const ADD_TO_CART = `mutation AddToCart($cartId: ID!, $sku: ID!, $quantity: Int!) {
  addToCart(cartId: $cartId, sku: $sku, quantity: $quantity) { __typename ... on CartError { code message } }
}`;
const PLACE_ORDER = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { __typename ... on Order { id status } ... on CheckoutError { code message } }
}`;
const ORDER_STATUS = `query OrderStatus($id: ID!) { order(id: $id) { status failure { code } } }`;
const ADDRESS = { name: 'Bench Shopper', line1: '410 Terry Ave N', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' };

interface Placed {
  id: string;
  placeMs: number;
  placedAt: number;
}

/** One guest checkout: cart, two SKUs, placeOrder. Resolves when the order is placed (PENDING). */
async function checkout(skus: string[], n: number): Promise<Placed> {
  const t0 = performance.now();
  const { createCart } = await gql<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' });
  for (const sku of [skus[n % skus.length]!, skus[(n * 7 + 3) % skus.length]!]) {
    const { addToCart } = await gql<{ addToCart: { __typename: string; message?: string } }>(ADD_TO_CART, { cartId: createCart.id, sku, quantity: 1 });
    if (addToCart.__typename !== 'Cart') throw new Error(`addToCart ${sku}: ${addToCart.message}`);
  }
  const input = { cartId: createCart.id, email: `bench-${n}@example.com`, shippingAddress: ADDRESS, shippingSpeed: 'STANDARD', paymentToken: 'tok_approve', idempotencyKey: randomUUID() };
  const { placeOrder } = await gql<{ placeOrder: { __typename: string; id?: string; message?: string } }>(PLACE_ORDER, { input });
  if (placeOrder.__typename !== 'Order') throw new Error(`placeOrder: ${placeOrder.__typename} ${placeOrder.message}`);
  const placedAt = performance.now();
  return { id: placeOrder.id!, placeMs: placedAt - t0, placedAt };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const { products } = await gql<{ products: { edges: { node: { variants: { sku: string; price: { currencyCode: string } }[] } }[] } }>(
  `{ products(first: 48) { edges { node { variants { sku price { currencyCode } } } } } }`,
);
const skus = products.edges.flatMap((e) => e.node.variants.filter((v) => v.price.currencyCode === 'USD').map((v) => v.sku));
if (skus.length === 0) throw new Error('The catalog has no USD variants to buy');

console.log(`checkout throughput: ${ORDERS} guest checkouts, ${CONCURRENCY} at a time, through ${URL_}`);
const started = performance.now();
const placed: Placed[] = [];
const errors: string[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < ORDERS) {
      const n = next++;
      try {
        placed.push(await checkout(skus, n));
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
  }),
);
const placedSeconds = (performance.now() - started) / 1000;

// Then every order is read until it leaves PENDING, CONCURRENCY reads at a time.
const settled = new Map<string, { status: string; failure: string | null; settleMs: number }>();
while (settled.size < placed.length && Date.now() < DEADLINE) {
  const pending = placed.filter((p) => !settled.has(p.id));
  for (let i = 0; i < pending.length; i += CONCURRENCY) {
    await Promise.all(
      pending.slice(i, i + CONCURRENCY).map(async (p) => {
        const { order } = await gql<{ order: { status: string; failure: { code: string } | null } }>(ORDER_STATUS, { id: p.id });
        if (order.status !== 'PENDING') settled.set(p.id, { status: order.status, failure: order.failure?.code ?? null, settleMs: performance.now() - p.placedAt });
      }),
    );
  }
  if (settled.size < placed.length) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}
const seconds = (performance.now() - started) / 1000;
const outcomes: Record<string, number> = { PENDING: placed.length - settled.size };
for (const r of settled.values()) {
  const key = r.failure ? `${r.status} (${r.failure})` : r.status;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}
if (outcomes.PENDING === 0) delete outcomes.PENDING;
const round = (ms: number) => Math.round(ms);
const placeMs = placed.map((p) => p.placeMs);
const settleMs = [...settled.values()].map((r) => r.settleMs);
console.log(
  JSON.stringify(
    {
      orders: ORDERS,
      concurrency: CONCURRENCY,
      placedPerSecond: Number((placed.length / placedSeconds).toFixed(1)),
      settledPerSecond: Number((settled.size / seconds).toFixed(1)),
      seconds: Number(seconds.toFixed(2)),
      checkoutMs: { p50: round(percentile(placeMs, 50)), p95: round(percentile(placeMs, 95)) },
      placedToSettledMs: { p50: round(percentile(settleMs, 50)), p95: round(percentile(settleMs, 95)) },
      outcomes,
      errors: errors.length,
      firstErrors: errors.slice(0, 3),
    },
    null,
    2,
  ),
);
if (errors.length > 0 || settled.size < placed.length) process.exitCode = 1;
