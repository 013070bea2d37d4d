import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountDocument, AddToCartDocument, CartDocument, CreateCartDocument, OrderStatusDocument, PlaceOrderDocument } from '../__generated__/operations.js';
import { post } from '../support/http.js';
import { mintToken, simulator, startStack, type StackProcess } from '../support/stack.js';

const execFileAsync = promisify(execFile);
const PLANTS = ['1010', '1020', '1110', '1310'];
const address = { name: 'Ada Lovelace', line1: '410 Terry Ave N', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' };

let stack: StackProcess;
let customer: { authorization: string };
let otherCustomer: { authorization: string };
/** A guest's order is open to whoever holds its id. */
const guest = {} as Record<string, string>;

beforeAll(async () => {
  stack = await startStack({ SEED_PRODUCTS: '300' });
  customer = { authorization: `Bearer ${await mintToken(stack.dataDir, ['--customer', 'cust-00077'])}` };
  otherCustomer = { authorization: `Bearer ${await mintToken(stack.dataDir, ['--customer', 'cust-00078'])}` };
});
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Units available per SKU of the newest 60 products, read through the gateway as a storefront would. */
async function stock(): Promise<Map<string, number>> {
  const { body } = await post<{ products: { edges: { node: { variants: { sku: string; inventory: { available: number } | null }[] } }[] } }>(
    stack.gatewayUrl,
    '{ products(first: 60) { edges { node { variants { sku inventory { available } } } } } }',
  );
  return new Map(body.data!.products.edges.flatMap((e) => e.node.variants).map((v) => [v.sku, v.inventory?.available ?? 0]));
}

async function skusInStock(min: number): Promise<string[]> {
  return [...(await stock())].filter(([, available]) => available >= min).map(([sku]) => sku);
}

async function placeOrder(cartId: string, idempotencyKey: string, headers: Record<string, string> = {}, paymentToken = 'tok_approve') {
  const { body } = await post(stack.gatewayUrl, PlaceOrderDocument, {
    input: { cartId, email: 'ada@example.com', shippingAddress: address, shippingSpeed: 'STANDARD', paymentToken, idempotencyKey },
  }, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.placeOrder;
}

async function cartWith(lines: [string, number][], headers: Record<string, string> = {}): Promise<string> {
  const created = await post(stack.gatewayUrl, CreateCartDocument, { currencyCode: 'USD' }, headers);
  const cartId = created.body.data!.createCart.id;
  for (const [sku, quantity] of lines) {
    const added = await post(stack.gatewayUrl, AddToCartDocument, { cartId, sku, quantity }, headers);
    expect(added.body.data!.addToCart.__typename).toBe('Cart');
  }
  return cartId;
}

const statusOf = async (id: string, headers: Record<string, string> = customer) => (await post(stack.gatewayUrl, OrderStatusDocument, { id }, headers)).body;

describe('checkout on the stack that `npm start` runs', () => {
  let orderId: string;
  let bought: string[];
  let picksBefore: string[];
  const picks = async () => (await post(stack.gatewayUrl, AccountDocument, { first: 1 }, customer)).body.data!.me!.recommendedProducts!.map((p) => p.id);

  it('prices a cart of two SKUs from the catalog and shows their stock', async () => {
    bought = (await skusInStock(3)).slice(0, 2);
    expect(bought).toHaveLength(2);
    const cartId = await cartWith([[bought[0]!, 1], [bought[1]!, 2]], customer);
    const { body } = await post(stack.gatewayUrl, CartDocument, { id: cartId }, customer);
    expect(body.errors).toBeUndefined();
    const cart = body.data!.cart!;
    expect(cart.totalQuantity).toBe(3);
    for (const line of cart.lines) {
      expect(line.lineTotal!.centAmount).toBe(line.variant.price.centAmount * line.quantity);
      expect(line.variant.inventory!.inStock).toBe(true);
      expect(line.variant.product.slug.length).toBeGreaterThan(0);
    }
    expect(cart.subtotal.centAmount).toBe(cart.lines.reduce((sum, line) => sum + line.lineTotal!.centAmount, 0));

    picksBefore = await picks();
    const placed = await placeOrder(cartId, `e2e-${Date.now()}`, customer);
    expect(placed).toMatchObject({ __typename: 'Order', status: 'PENDING', total: { currencyCode: 'USD' } });
    orderId = (placed as { id: string }).id;
  });

  it('confirms the order, ships it with a tracking number and delivers it as the simulator clock advances', async () => {
    const confirmed = await eventually(() => statusOf(orderId), (b) => b.data?.order?.status === 'CONFIRMED');
    expect(confirmed.data!.order).toMatchObject({ id: orderId, status: 'CONFIRMED' });
    expect(confirmed.data!.order!.lines.map((l) => l.sku).sort()).toEqual([...bought].sort());

    await simulator(stack.spApiSimulatorUrl, ['advance', '1d']);
    const shipped = await eventually(() => statusOf(orderId), (b) => b.data?.order?.status === 'SHIPPED');
    expect(shipped.data!.order!.status).toBe('SHIPPED');
    const packages = shipped.data!.order!.fulfillment!.shipments.flatMap((s) => s.packages);
    expect(packages[0]!.trackingNumber).toMatch(/^TBA\d{12}$/);

    await simulator(stack.spApiSimulatorUrl, ['advance', '3d']);
    const delivered = await eventually(() => statusOf(orderId), (b) => b.data?.order?.status === 'DELIVERED');
    expect(delivered.data!.order!.status).toBe('DELIVERED');
    expect(delivered.data!.order!.fulfillment!.shipments[0]!.packages[0]!.currentStatus).toBe('DELIVERED');
  });

  it("lists the order in the customer's account, where it shapes their picks, and wrote the confirmation and shipping emails", async () => {
    const { body } = await post(stack.gatewayUrl, AccountDocument, { first: 10 }, customer);
    expect(body.errors).toBeUndefined();
    const me = body.data!.me!;
    expect(me.orders!.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id: orderId, status: 'DELIVERED' }));
    // Recommendations consumed OrderConfirmed: the picks now follow from the new purchases, and leave out
    // what the customer owns.
    expect(me.recommendedProducts!.map((p) => p.id)).not.toEqual(picksBefore);
    const slugs = new Set((await statusOf(orderId)).data!.order!.lines.map((l) => l.variant!.product.slug));
    expect(me.recommendedProducts!.some((p) => slugs.has(p.slug))).toBe(false);

    const mail = (await readdir(join(stack.dataDir, 'mail'))).filter((f) => f.startsWith(orderId));
    expect(mail.sort()).toEqual([`${orderId}.order-confirmation.eml`, `${orderId}.order-shipped.eml`].sort());
    const confirmation = await readFile(join(stack.dataDir, 'mail', `${orderId}.order-confirmation.eml`), 'utf8');
    expect(confirmation).toMatch(/^To: ada@example\.com/m);
  });

  it("refuses another customer's order and cart with FORBIDDEN", async () => {
    const order = await statusOf(orderId, otherCustomer);
    expect(order.data?.order ?? null).toBeNull();
    expect(order.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const cartId = await cartWith([[bought[0]!, 1]], customer);
    const read = await post(stack.gatewayUrl, CartDocument, { id: cartId }, otherCustomer);
    expect(read.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const change = await post(stack.gatewayUrl, AddToCartDocument, { cartId, sku: bought[0]!, quantity: 1 }, otherCustomer);
    expect(change.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('ends a declined payment FAILED with nothing held', async () => {
    const cartId = await cartWith([[bought[0]!, 1]]);
    const placed = (await placeOrder(cartId, `declined-${Date.now()}`, {}, 'tok_decline')) as { id: string };
    const failed = await eventually(() => statusOf(placed.id, guest), (b) => b.data?.order?.status === 'FAILED');
    expect(failed.data!.order!.status).toBe('FAILED');
  });

  it('confirms exactly as many concurrent checkouts as the ERP has units, and fails the rest', async () => {
    // A SKU no earlier test bought.
    const sku = (await skusInStock(1)).find((candidate) => !bought.includes(candidate))!;
    // The ERP (simulator) now has 4 units of the SKU, in one plant; inventory:sync brings them in.
    for (const plant of PLANTS) {
      for (const storageLocation of ['0001', '0002']) {
        await fetch(`${stack.erpODataUrl.replace(/\/sap\/.*$/, '')}/_simulator/stock/${sku}/${plant}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ quantity: plant === '1010' && storageLocation === '0001' ? 4 : 0, storageLocation }),
        });
      }
    }
    await execFileAsync(process.execPath, ['--import', 'tsx', 'subgraphs/inventory/src/cli/sync.ts'], {
      env: { ...process.env, DYNAMODB_ENDPOINT: stack.dynamoEndpoint, ERP_ODATA_URL: stack.erpODataUrl, LOG_LEVEL: 'warn' },
    });
    const available = async () => (await stock()).get(sku);
    expect(await available()).toBe(4);

    const carts = await Promise.all(Array.from({ length: 12 }, () => cartWith([[sku!, 1]])));
    const placed = (await Promise.all(carts.map((cartId, i) => placeOrder(cartId, `race-${Date.now()}-${i}`)))) as { id: string }[];
    const finals = await Promise.all(
      placed.map(async ({ id }) => (await eventually(() => statusOf(id, guest), (b) => ['CONFIRMED', 'FAILED'].includes(b.data?.order?.status ?? ''))).data!.order!.status),
    );
    expect(finals.filter((s) => s === 'CONFIRMED')).toHaveLength(4);
    expect(finals.filter((s) => s === 'FAILED')).toHaveLength(8);
    expect(await available()).toBe(0);
  });
});
