import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { cartWith, checkoutInput, orderOf, placeOrder, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

const CHECKOUTS = 300;
const STOCK = 40;

describe(`${CHECKOUTS} concurrent checkouts for a SKU with ${STOCK} in stock`, () => {
  it(`confirm exactly ${STOCK}; the rest fail for stock; stock never goes negative; no payment stays authorised`, async () => {
    expect(await h.inventory.available('SKU-SCARCE')).toBe(STOCK);
    const carts = await Promise.all(Array.from({ length: CHECKOUTS }, () => cartWith(h, [['SKU-SCARCE', 1]])));
    // Every fifth payment meets a briefly unavailable provider: retries run while stock is contended.
    const placed = await Promise.all(carts.map((cartId, i) => placeOrder(h, checkoutInput(cartId, { paymentToken: i % 5 === 0 ? 'tok_error' : 'tok_approve' }))));
    expect(placed.every((p) => p.__typename === 'Order' && p.status === 'PENDING')).toBe(true);

    // Three workers (as three replicas would) share the work through their leases.
    const workers = [h.services, h.instance(), h.instance()];
    for (let round = 0; round < 30; round++) {
      await Promise.all(workers.map((w) => w.worker.drain()));
      h.clock.advance(10_000);
      if ((await Promise.all(workers.map((w) => w.worker.runOnce()))).every((n) => n === 0)) break;
    }

    const orders = await Promise.all(placed.map((p) => orderOf(h, p.id)));
    const byStatus = new Map<string, number>();
    for (const order of orders) byStatus.set(order!.status, (byStatus.get(order!.status) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ CONFIRMED: STOCK, FAILED: CHECKOUTS - STOCK });
    expect(await h.inventory.available('SKU-SCARCE')).toBe(0);

    for (const order of orders) {
      const payment = await h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${order!.id}:authorize`));
      const saga = await h.stores.work.saga(order!.id);
      if (order!.status === 'CONFIRMED') {
        expect(payment?.status).toBe('CAPTURED');
        expect((await h.inventory.reservation(order!.id))?.status).toBe('COMMITTED');
        expect(h.fulfillment.calls.count('create', order!.id)).toBe(1);
        expect(saga?.phase).toBe('idle');
      } else {
        expect(order!.failure).toMatchObject({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK' });
        expect(payment === null || payment.status !== 'AUTHORIZED').toBe(true);
        expect(h.fulfillment.calls.count('create', order!.id)).toBe(0);
        expect(saga?.phase).toBe('done');
      }
      expect(h.inventory.effects.count('reserve', order!.id)).toBeLessThanOrEqual(1);
    }
    expect(h.published.filter((e) => e.type === 'OrderConfirmed')).toHaveLength(STOCK);
    expect(h.published.filter((e) => e.type === 'OrderFailed')).toHaveLength(CHECKOUTS - STOCK);
    expect(await h.stores.work.deadLetters()).toEqual([]);
  }, 240_000);
});
