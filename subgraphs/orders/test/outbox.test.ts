import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartWith, checkoutInput, orderOf, placeOrder, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
/** How many more deliveries of OrderFailed the bus refuses. */
let refusals = 0;
const deliveries: string[] = [];

beforeAll(async () => {
  h = await startOrders();
  h.bus.subscribe('OrderFailed', async (event) => {
    deliveries.push(event.id);
    if (refusals-- > 0) throw new Error('bus unavailable');
  });
});
afterAll(() => h?.close());

async function declinedOrder(): Promise<string> {
  const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
  return (await placeOrder(h, checkoutInput(cartId, { paymentToken: 'tok_decline' }))).id;
}

describe('the outbox', () => {
  it('keeps an event the bus refused and publishes it on a later attempt', async () => {
    refusals = 2;
    const id = await declinedOrder();
    await h.settle();
    expect((await orderOf(h, id))!.status).toBe('FAILED');
    expect(deliveries.filter((d) => d === `${id}.OrderFailed`)).toHaveLength(3);
    expect((await h.stores.work.deadLetters()).filter((l) => l.orderId === id)).toEqual([]);
  });

  it('dead-letters an event the bus keeps refusing, with its error; the order is not affected', async () => {
    refusals = Number.POSITIVE_INFINITY;
    const id = await declinedOrder();
    await h.settle();
    refusals = 0;
    expect((await orderOf(h, id))!.status).toBe('FAILED');
    expect(deliveries.filter((d) => d === `${id}.OrderFailed`)).toHaveLength(5);
    expect((await h.stores.work.deadLetters()).filter((l) => l.orderId === id)).toEqual([
      expect.objectContaining({ kind: 'outbox', what: 'OrderFailed', attempts: 5, error: expect.stringMatching(/bus unavailable/) }),
    ]);
  });
});
