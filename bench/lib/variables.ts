import { retarget, type Operation, type Scenario } from '../scenarios.js';
import type { FlowContext, FlowStep, Requests } from './load.js';

/**
 * Request bodies for each scenario. `fixed` sends the variables of test/operations/variables.json on
 * every request. `distinct` (the default) keeps those variables but rotates the entity — product slug,
 * category, search term — through values read from the seeded catalog, so that requests in flight at
 * the same time are mostly different, as a storefront's are. With identical concurrent requests, a
 * gateway that shares identical in-flight subgraph fetches (ours and Hive Gateway do) is measured
 * mostly on that sharing.
 */
export type VariableMode = 'distinct' | 'fixed';

const CARTS = 64;
const PRODUCTS = 32; // each has 1–6 variants whose delivery estimates must be fetched once (SP-API: 5 rps)
const SEARCH_TERMS = 64;

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const bodyOf = (op: Operation, vars: Record<string, unknown>) =>
  JSON.stringify({ query: op.query, variables: { ...op.variables, ...vars }, operationName: op.operationName });

/**
 * What each scenario's load sends, prepared through any gateway of the stack: a rotation of bodies, or
 * for checkout a flow (see checkoutFlow).
 */
export async function scenarioRequests(gatewayUrl: string, scenarios: Scenario[], mode: VariableMode): Promise<Map<string, Requests>> {
  const bodies = await requestBodies(gatewayUrl, scenarios.filter((s) => !s.before), mode);
  const requests = new Map<string, Requests>([...bodies].map(([id, list]) => [id, { bodies: list }]));
  for (const scenario of scenarios.filter((s) => s.before)) {
    const skus = await inStockSkus(gatewayUrl);
    requests.set(scenario.id, { flow: checkoutFlow(scenario, mode === 'fixed' ? skus.slice(0, 1) : skus) });
  }
  return requests;
}

/**
 * A guest's checkout, one after another on each connection: a new cart, two lines of in-stock SKUs
 * (rotating from shopper to shopper), then placeOrder with a key of its own. Every request is a real
 * one: the cart is the shopper's, and the order goes on to the saga like any other.
 */
export function checkoutFlow(scenario: Scenario, skus: string[]): FlowStep[] {
  const [createCart, addToCart] = scenario.before!;
  let shoppers = 0;
  const add = (offset: number): FlowStep => ({
    body: (context) => bodyOf(addToCart!, { cartId: context.cartId, sku: skus[((context.shopper as number) + offset) % skus.length]!, quantity: 1 }),
  });
  return [
    {
      body: (context: FlowContext) => {
        context.shopper = shoppers++;
        return createCart!.body;
      },
      keep: (data, context) => (context.cartId = (data.createCart as { id: string }).id),
    },
    add(0),
    add(7),
    {
      body: (context) => {
        const input = scenario.variables.input as Record<string, unknown>;
        return bodyOf(scenario, { input: { ...input, cartId: context.cartId, idempotencyKey: `bench-${String(context.cartId)}` } });
      },
    },
  ];
}

async function requestBodies(gatewayUrl: string, scenarios: Scenario[], mode: VariableMode): Promise<Map<string, string[]>> {
  const bodies = new Map<string, string[]>();
  const build = (s: Scenario, list: Record<string, unknown>[]) => list.map((vars) => bodyOf(s, vars));
  for (const scenario of scenarios) {
    if (scenario.id.startsWith('cart-')) {
      // Carts exist only once created, in either mode.
      bodies.set(scenario.id, await cartBodies(gatewayUrl, scenario, mode === 'fixed' ? 1 : CARTS));
      continue;
    }
    if (mode === 'fixed') {
      bodies.set(scenario.id, [scenario.body]);
      continue;
    }
    switch (scenario.id) {
      case 'product': {
        const { products } = await graphql<{ products: { edges: { node: { slug: string } }[] } }>(
          gatewayUrl,
          `query ($first: Int!) { products(first: $first) { edges { node { slug } } } }`,
          { first: PRODUCTS },
        );
        bodies.set(scenario.id, build(scenario, products.edges.map(({ node }) => ({ slug: node.slug }))));
        break;
      }
      case 'category': {
        // Leaf categories that fill a 48-product page at the smallest catalog, so every page has 48 products.
        const { categories } = await graphql<{ categories: { children: { id: string }[] }[] }>(gatewayUrl, '{ categories { children { id } } }');
        const full: string[] = [];
        for (const { id } of categories.flatMap((c) => c.children)) {
          const { products } = await graphql<{ products: { totalCount: number } }>(
            gatewayUrl,
            'query ($id: ID!) { products(filter: { categoryId: $id }, first: 1) { totalCount } }',
            { id },
          );
          if (products.totalCount >= Number(scenario.variables.first)) full.push(id);
        }
        bodies.set(scenario.id, build(scenario, full.map((categoryId) => ({ categoryId }))));
        break;
      }
      case 'search': {
        // The product nouns of the catalog ("notebook", "jacket", "conditioner"…), as shoppers type them.
        const { products } = await graphql<{ products: { edges: { node: { name: string } }[] } }>(
          gatewayUrl,
          'query { products(first: 100) { edges { node { name } } } }',
        );
        const terms = [...new Set(products.edges.map(({ node }) => node.name.split(' ').at(-1)!.toLowerCase()))].slice(0, SEARCH_TERMS);
        bodies.set(scenario.id, build(scenario, terms.map((query) => ({ query }))));
        break;
      }
      default:
        bodies.set(scenario.id, [scenario.body]);
    }
  }
  return bodies;
}

async function cartBodies(url: string, scenario: Scenario, carts: number): Promise<string[]> {
  const skus = await inStockSkus(url);
  const body = (vars: Record<string, unknown>) => bodyOf(scenario, vars);
  if (scenario.id === 'cart-read') {
    // Carts of three lines each, unchanged while they are read.
    const ids = await createCarts(url, carts, (i) => [skus[i % skus.length]!, skus[(i + 7) % skus.length]!, skus[(i + 13) % skus.length]!]);
    retarget(scenario, { id: ids[0]! });
    return ids.map((id) => body({ id }));
  }
  // One unit of a rotating SKU into a rotating cart: each line grows by a few dozen units in a run.
  const ids = await createCarts(url, carts, () => []);
  retarget(scenario, { cartId: ids[0]!, sku: skus[0]! });
  return ids.flatMap((cartId, i) => Array.from({ length: 8 }, (_, j) => body({ cartId, sku: skus[(i + j * 5) % skus.length]!, quantity: 1 })));
}

async function inStockSkus(url: string): Promise<string[]> {
  const { products } = await graphql<{ products: { edges: { node: { variants: { sku: string; inventory: { available: number } | null }[] } }[] } }>(
    url,
    '{ products(first: 100) { edges { node { variants { sku inventory { available } } } } } }',
  );
  return products.edges.flatMap(({ node }) => node.variants).filter((v) => (v.inventory?.available ?? 0) > 0).map((v) => v.sku);
}

/** Carts with the given lines, eight being filled at a time. */
async function createCarts(url: string, count: number, lines: (i: number) => string[]): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const fill = async () => {
    for (let i = next++; i < count; i = next++) {
      const { createCart } = await graphql<{ createCart: { id: string } }>(url, 'mutation { createCart(currencyCode: "USD") { id } }');
      for (const sku of lines(i)) {
        await graphql(url, 'mutation ($c: ID!, $s: ID!) { addToCart(cartId: $c, sku: $s, quantity: 1) { __typename } }', { c: createCart.id, s: sku });
      }
      ids[i] = createCart.id;
    }
  };
  await Promise.all(Array.from({ length: 8 }, fill));
  return ids;
}

/**
 * Delivery estimates are cached by the fulfillment subgraph for an hour, but the first one per SKU
 * goes to the SP-API, rate-limited to 5 requests per second: ask every product page once, until it
 * answers without errors, so that the measurement sees the cache and not the rate limit.
 */
export async function warmDeliveryEstimates(gatewayUrl: string, requests: Requests): Promise<void> {
  const bodies = 'bodies' in requests ? requests.bodies : [];
  await Promise.all(
    [0, 1].map(async (lane) => {
      for (let i = lane; i < bodies.length; i += 2) {
        for (let attempt = 0; ; attempt++) {
          const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i] });
          const body = (await res.json()) as { errors?: unknown };
          if (!body.errors) break;
          if (attempt === 20) throw new Error(`product page still answers with errors: ${JSON.stringify(body.errors)}`);
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    }),
  );
}
