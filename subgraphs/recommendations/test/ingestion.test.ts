import { createEvent, EventTypes, listen, principalHeaders, type Listening, type OrderConfirmedData, type Principal } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleOrderConfirmed } from '../src/services/ingestion.js';
import { customer, NOW, startRecommendations, TEST_ROUTER_SECRET, type RecommendationsHarness } from './harness.js';

let rec: RecommendationsHarness;
let http: Listening;
beforeAll(async () => {
  rec = await startRecommendations({ customers: 50, purchases: 300 });
  http = await listen(rec.app, 0, '127.0.0.1');
});
afterAll(async () => {
  await http?.close();
  await rec?.close();
});

const orderConfirmed = (orderId: string, customerId: string | null, lines: OrderConfirmedData['lines']) =>
  createEvent<OrderConfirmedData, string>(EventTypes.OrderConfirmed, 'orders', { orderId, customerId, lines, confirmedAt: new Date(NOW).toISOString() }, { subject: orderId });

const purchasesOf = (customerId: string) =>
  rec.graph.run<{ productId: string; quantity: number; orderId: string; count: number }>(
    `MATCH (c:Customer {id: $customerId})-[r:PURCHASED]->(p:Product)
     RETURN p.id AS productId, r.quantity AS quantity, r.orderId AS orderId, p.purchaseCount AS count ORDER BY productId`,
    { customerId },
  );

const ordersService: Principal = { kind: 'service', id: 'orders', scopes: [], requestId: 'r' };
const post = (body: unknown, principal: Principal | null = ordersService) =>
  fetch(`${http.url}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(principal ? principalHeaders(principal, TEST_ROUTER_SECRET) : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('OrderConfirmed', () => {
  it('adds one purchase per product, and the same event twice adds nothing more', async () => {
    const [before] = await rec.graph.run<{ count: number }>("MATCH (p:Product {id: 'p-home-a-1'}) RETURN p.purchaseCount AS count");
    const event = orderConfirmed('order-1', 'cust-new-1', [
      { sku: 'sku-1', productId: 'p-home-a-1', quantity: 1 },
      { sku: 'sku-2', productId: 'p-home-a-1', quantity: 2 },
      { sku: 'sku-3', productId: 'p-garden-b-2', quantity: 1 },
    ]);
    await handleOrderConfirmed(rec.graph, event);
    await handleOrderConfirmed(rec.graph, event);
    // Redelivered under a new envelope id: still the same order.
    await handleOrderConfirmed(rec.graph, { ...event, id: 'another-envelope' });
    const purchases = await purchasesOf('cust-new-1');
    expect(purchases.map(({ productId, quantity, orderId }) => ({ productId, quantity, orderId }))).toEqual([
      { productId: 'p-garden-b-2', quantity: 1, orderId: 'order-1' },
      { productId: 'p-home-a-1', quantity: 3, orderId: 'order-1' },
    ]);
    expect(purchases.find((p) => p.productId === 'p-home-a-1')!.count).toBe(before!.count + 1);
  });

  it('is accepted over POST /events from a signed service, one envelope or a list, with 202', async () => {
    const single = await post(orderConfirmed('order-2', 'cust-new-2', [{ sku: 's', productId: 'p-sport-a-1', quantity: 1 }]));
    expect(single.status).toBe(202);
    expect(await single.json()).toEqual({ accepted: 1, ignored: 0 });
    const other = createEvent(EventTypes.OrderShipped, 'orders', { orderId: 'order-2' });
    const list = await post([orderConfirmed('order-3', null, [{ sku: 's', productId: 'p-sport-a-2', quantity: 1 }]), other]);
    expect(list.status).toBe(202);
    expect(await list.json()).toEqual({ accepted: 1, ignored: 1 });
    expect((await purchasesOf('cust-new-2')).map((p) => p.productId)).toEqual(['p-sport-a-1']);
    // A guest order still counts as bought together, under a customer node of its own.
    expect((await purchasesOf('guest-order:order-3')).map((p) => p.productId)).toEqual(['p-sport-a-2']);
  });

  it.each([
    ['no signed principal', null, 401, 'UNAUTHENTICATED'],
    ['a customer principal', customer('cust-1'), 403, 'FORBIDDEN'],
  ])('rejects %s', async (_, principal, status, code) => {
    const res = await post(orderConfirmed('order-x', 'cust-x', [{ sku: 's', productId: 'p-home-a-1', quantity: 1 }]), principal as Principal | null);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
    expect(await purchasesOf('cust-x')).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['not an envelope', { type: 'OrderConfirmed' }, /Event 0 is not a CloudEvents 1.0 envelope/],
    ['a bad quantity', orderConfirmed('order-y', 'cust-y', [{ sku: 's', productId: 'p-home-a-1', quantity: 0 }]), /lines\[0\]\.quantity must be a positive integer/],
  ])('rejects %s with 400 and writes nothing', async (_, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message).toMatch(message);
    expect(await purchasesOf('cust-y')).toEqual([]);
  });

  it('answers 503 while the graph is down, so the sender retries', async () => {
    rec.graph.down = true;
    try {
      const res = await post(orderConfirmed('order-z', 'cust-z', [{ sku: 's', productId: 'p-home-a-1', quantity: 1 }]));
      expect(res.status).toBe(503);
    } finally {
      rec.graph.down = false;
    }
  });
});

describe('recordProductView', () => {
  const VIEW = 'mutation ($p: ID!, $s: ID!) { recordProductView(productId: $p, sessionId: $s) }';
  const viewsOf = (viewer: string) =>
    rec.graph.run<{ productId: string }>('MATCH (v {id: $viewer})-[:VIEWED]->(p:Product) RETURN p.id AS productId', { viewer });

  it('records a session view once per session and product, and the customer’s when signed in', async () => {
    const [before] = await rec.graph.run<{ views: number }>("MATCH (p:Product {id: 'p-home-b-3'}) RETURN p.viewCount AS views");
    expect((await rec.execute(VIEW, { p: 'p-home-b-3', s: 'sess-1' })).data).toEqual({ recordProductView: true });
    expect((await rec.execute(VIEW, { p: 'p-home-b-3', s: 'sess-1' }, customer('cust-00003'))).data).toEqual({ recordProductView: true });
    expect(await viewsOf('sess-1')).toEqual([{ productId: 'p-home-b-3' }]);
    expect(await viewsOf('cust-00003')).toContainEqual({ productId: 'p-home-b-3' });
    const [after] = await rec.graph.run<{ views: number }>("MATCH (p:Product {id: 'p-home-b-3'}) RETURN p.viewCount AS views");
    expect(after!.views).toBe(before!.views + 1);
  });

  it('answers false for a product the graph does not know', async () => {
    expect((await rec.execute(VIEW, { p: 'p-unknown', s: 'sess-2' })).data).toEqual({ recordProductView: false });
  });

  it.each([
    ['an empty product id', '', 'sess-3', /`productId` must be a non-empty id of at most 100 characters; got 0/],
    ['an overlong session id', 'p-home-a-1', 's'.repeat(101), /`sessionId` must be a non-empty id of at most 100 characters; got 101/],
  ])('rejects %s with BAD_USER_INPUT', async (_, p, s, message) => {
    const result = await rec.execute(VIEW, { p, s });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});
