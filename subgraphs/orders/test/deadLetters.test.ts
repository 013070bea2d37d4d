import { createEvent } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { cartWith, checkoutInput, orderOf, placeOrder, RETRY, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
let busDown = false;
beforeAll(async () => {
  h = await startOrders();
  h.bus.subscribe('OrderConfirmed', async () => {
    if (busDown) throw new Error('recommendations unreachable');
  });
});
afterAll(() => h?.close());

const lettersOf = async (orderId: string) => (await h.stores.work.deadLetters()).filter((l) => l.orderId === orderId);

describe('dead letters', () => {
  it('a compensation that keeps failing parks the saga; redriven after the fix, it finishes', async () => {
    const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
    const { id } = await placeOrder(h, checkoutInput(cartId));
    await h.settle();
    h.payments.refundsDown = true;
    const unfulfillable = createEvent('FulfillmentStatusChanged', 'fulfillment', { orderId: id, status: 'Unfulfillable', trackingNumbers: [], delivered: false, changedAt: new Date().toISOString() });
    expect(await h.services.fulfillmentEvents.handle(unfulfillable)).toBe('applied');
    await h.settle();
    expect((await h.stores.work.saga(id))?.phase).toBe('parked');
    expect((await orderOf(h, id))!.status).toBe('CONFIRMED');
    const [letter] = await lettersOf(id);
    expect(letter).toMatchObject({ kind: 'saga', what: 'REFUND_PAYMENT', attempts: RETRY.maxAttempts, error: expect.stringMatching(/refunds are down/) });

    h.payments.refundsDown = false;
    expect(await h.stores.work.redrive(letter!, h.clock.now())).toBe('redriven');
    await h.settle();
    expect((await orderOf(h, id))!.status).toBe('CANCELLED');
    expect((await h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${id}:authorize`)))?.status).toBe('REFUNDED');
    expect(await lettersOf(id)).toEqual([]);
  });

  it('an event the bus kept refusing is delivered again when redriven; redriving twice does nothing more', async () => {
    busDown = true;
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const { id } = await placeOrder(h, checkoutInput(cartId));
    await h.settle();
    const [letter] = await lettersOf(id);
    expect(letter).toMatchObject({ kind: 'outbox', what: 'OrderConfirmed' });
    const published = () => h.published.filter((e) => e.id === `${id}.OrderConfirmed`).length;
    const before = published();
    busDown = false;
    expect(await h.stores.work.redrive(letter!, h.clock.now())).toBe('redriven');
    await h.settle();
    expect(published()).toBe(before + 1);
    expect(await lettersOf(id)).toEqual([]);
    expect(await h.stores.work.redrive(letter!, h.clock.now())).toBe('nothing-to-do');
  });
});
