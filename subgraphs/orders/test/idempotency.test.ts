import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartWith, checkoutInput, orderOf, placeOrder, PLACE_ORDER, principals, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

const ordersOfCart = async (cartId: string) => {
  const snapshot = await h.snapshot();
  return snapshot.filter((item) => item.includes('"SK":"ORDER"') && item.includes(`"cartId":"${cartId}"`));
};

describe('the same idempotencyKey', () => {
  it('twice in a row gives one order and one payment', async () => {
    const customer = principals.customer('cust-idem-1');
    const cartId = await cartWith(h, [['SKU-000001-01', 1]], customer);
    const first = await placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'checkout-1' }), customer);
    const second = await placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'checkout-1' }), customer);
    expect(second.id).toBe(first.id);
    await h.settle();
    // A retry after the order went through answers with the order as it is now.
    const third = await placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'checkout-1' }), customer);
    expect(third).toMatchObject({ id: first.id, status: 'CONFIRMED' });
    expect(await ordersOfCart(cartId)).toHaveLength(1);
    expect(h.payments.calls.count('authorize', first.id)).toBe(1);
    expect(h.payments.calls.count('capture', first.id)).toBe(1);
  });

  it('sent 20 times at once gives one order, one reservation, one payment and one fulfillment request', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 2]]);
    const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'burst-1' }))));
    const ids = new Set(results.map((r) => r.id));
    expect(results.filter((r) => r.__typename !== "Order")).toEqual([]);
    expect(ids.size).toBe(1);
    const [orderId] = [...ids] as [string];
    await h.settle();
    expect((await orderOf(h, orderId))!.status).toBe('CONFIRMED');
    expect(await ordersOfCart(cartId)).toHaveLength(1);
    expect(h.inventory.effects.count('reserve', orderId)).toBe(1);
    expect(h.payments.calls.count('authorize', orderId)).toBe(1);
    expect(h.fulfillment.calls.count('create', orderId)).toBe(1);
    expect(h.published.filter((e) => e.subject === orderId && e.type === 'OrderConfirmed')).toHaveLength(1);
  });

  it('with a different request is refused (BAD_USER_INPUT), and a new key for an ordered cart is CartAlreadyOrderedError', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const first = await placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'reuse-1' }));
    const before = await h.snapshot();
    const changed = await h.execute(PLACE_ORDER, { input: checkoutInput(cartId, { idempotencyKey: 'reuse-1', email: 'other@example.com' }) });
    expect(changed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/already used for a different checkout/) });
    const again = await placeOrder(h, checkoutInput(cartId, { idempotencyKey: 'reuse-2' }));
    expect(again).toMatchObject({ __typename: 'CartAlreadyOrderedError', code: 'CART_ALREADY_ORDERED', orderId: first.id });
    expect(await h.snapshot()).toEqual(before);
  });

  it('of one guest does not collide with the same key of another guest', async () => {
    const [a, b] = [await cartWith(h, [['SKU-000002-01', 1]]), await cartWith(h, [['SKU-000002-01', 1]])];
    const [orderA, orderB] = [await placeOrder(h, checkoutInput(a, { idempotencyKey: 'same' })), await placeOrder(h, checkoutInput(b, { idempotencyKey: 'same' }))];
    expect(orderA.__typename).toBe('Order');
    expect(orderB.__typename).toBe('Order');
    expect(orderA.id).not.toBe(orderB.id);
  });
});
