import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { cartWith, checkoutInput, orderOf, placeOrder, principals, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

const payment = (orderId: string) => h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${orderId}:authorize`));

describe('placing an order', () => {
  it('answers PENDING at once, then the worker reserves, authorises, ships, commits, captures and confirms', async () => {
    const customer = principals.customer('cust-1');
    const cartId = await cartWith(h, [['SKU-000001-01', 2], ['SKU-000002-01', 1]], customer);
    const placed = await placeOrder(h, checkoutInput(cartId), customer);
    expect(placed).toMatchObject({ __typename: 'Order', status: 'PENDING', total: { centAmount: 4498, currencyCode: 'USD', amount: '44.98' } });
    const before = await h.inventory.available('SKU-000001-01');

    await h.settle();

    const order = await orderOf(h, placed.id, customer);
    expect(order).toMatchObject({ status: 'CONFIRMED', failure: null, failureReason: null });
    expect(order!.lines).toEqual([
      { sku: 'SKU-000001-01', quantity: 2, unitPrice: { centAmount: 1999 }, lineTotal: { centAmount: 3998 }, variant: { sku: 'SKU-000001-01' } },
      { sku: 'SKU-000002-01', quantity: 1, unitPrice: { centAmount: 500 }, lineTotal: { centAmount: 500 }, variant: { sku: 'SKU-000002-01' } },
    ]);
    expect(await h.inventory.available('SKU-000001-01')).toBe(before - 2);
    expect((await h.inventory.reservation(placed.id))?.status).toBe('COMMITTED');
    expect(h.fulfillment.orders.get(placed.id)?.request).toMatchObject({ orderId: placed.id, customerId: 'cust-1', shippingSpeed: 'STANDARD', items: [{ sku: 'SKU-000001-01', quantity: 2 }, { sku: 'SKU-000002-01', quantity: 1 }] });
    expect(await payment(placed.id)).toMatchObject({ status: 'CAPTURED', centAmount: 4498, currencyCode: 'USD', reference: placed.id });

    const events = h.published.filter((e) => e.subject === placed.id);
    expect(events.map((e) => e.type)).toEqual(['OrderPlaced', 'OrderConfirmed']);
    expect(events[1]!.data).toMatchObject({
      orderId: placed.id,
      customerId: 'cust-1',
      lines: [{ sku: 'SKU-000001-01', productId: 'prod-000001', quantity: 2 }, { sku: 'SKU-000002-01', productId: 'prod-000002', quantity: 1 }],
    });

    const mail = await readFile(join(h.mailDir, `${placed.id}.order-confirmation.eml`), 'utf8');
    expect(mail).toMatch(/^From: Commerce Store <orders@commerce\.example>$/m);
    expect(mail).toMatch(/^To: ada@example\.com$/m);
    expect(mail).toMatch(new RegExp(`^Subject: Order ${placed.id} confirmed$`, 'm'));
    expect(mail).toMatch(/^Message-ID: <.+\.order-confirmation@orders\.commerce>$/m);
    expect(mail).toContain('Total: 44.98 USD');
  });

  it('fails a declined payment: stock released, nothing charged, no fulfillment request, OrderFailed, no email', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 3]]);
    const before = await h.inventory.available('SKU-000002-01');
    const placed = await placeOrder(h, checkoutInput(cartId, { paymentToken: 'tok_decline' }));
    await h.settle();
    const order = await orderOf(h, placed.id);
    expect(order).toMatchObject({ status: 'FAILED', failure: { __typename: 'PaymentDeclinedError', code: 'PAYMENT_DECLINED' } });
    expect(order!.failureReason).toMatch(/declined/);
    expect((await h.inventory.reservation(placed.id))?.status).toBe('RELEASED');
    expect(await h.inventory.available('SKU-000002-01')).toBe(before);
    expect(h.fulfillment.calls.count('create', placed.id)).toBe(0);
    expect((await payment(placed.id))?.status).toBe('DECLINED');
    expect(h.published.filter((e) => e.subject === placed.id).map((e) => e.type)).toEqual(['OrderPlaced', 'OrderFailed']);
    expect((await readdir(h.mailDir)).filter((f) => f.startsWith(placed.id))).toEqual([]);
  });

  it('retries a provider that is briefly unavailable (tok_error) with backoff and then confirms', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const placed = await placeOrder(h, checkoutInput(cartId, { paymentToken: 'tok_error' }));
    await h.services.worker.drain();
    const saga = await h.stores.work.saga(placed.id);
    expect(saga).toMatchObject({ phase: 'forward', attempts: 1, lastError: expect.stringMatching(/unavailable/) });
    await h.settle();
    expect((await orderOf(h, placed.id))!.status).toBe('CONFIRMED');
    expect(h.payments.calls.count('authorize', placed.id)).toBe(3);
    expect((await payment(placed.id))?.status).toBe('CAPTURED');
  });

  it('dead-letters a step that keeps failing and compensates: FAILED, stock released, nothing authorised', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const placed = await placeOrder(h, checkoutInput(cartId, { paymentToken: 'tok_unavailable' }));
    await h.settle();
    const order = await orderOf(h, placed.id);
    expect(order).toMatchObject({ status: 'FAILED', failure: { __typename: 'OrderProcessingError', code: 'PROCESSING_FAILED' } });
    expect(h.payments.calls.count('authorize', placed.id)).toBe(5);
    expect((await h.inventory.reservation(placed.id))?.status).toBe('RELEASED');
    const letters = (await h.stores.work.deadLetters()).filter((l) => l.orderId === placed.id);
    expect(letters).toEqual([expect.objectContaining({ kind: 'saga', what: 'AUTHORIZE_PAYMENT', attempts: 5, error: expect.stringMatching(/PaymentUnavailableError/) })]);
  });

  it('fails an order fulfillment refuses: payment voided, stock released', async () => {
    h.fulfillment.rejectSkus.add('SKU-000001-02');
    const cartId = await cartWith(h, [['SKU-000001-02', 1]]);
    const placed = await placeOrder(h, checkoutInput(cartId));
    await h.settle();
    expect(await orderOf(h, placed.id)).toMatchObject({ status: 'FAILED', failure: { __typename: 'FulfillmentRejectedError', code: 'FULFILLMENT_REJECTED' } });
    expect((await payment(placed.id))?.status).toBe('VOIDED');
    expect((await h.inventory.reservation(placed.id))?.status).toBe('RELEASED');
    h.fulfillment.rejectSkus.clear();
  });
});
