import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEvent, principalHeaders, type Principal } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { cartWith, checkoutInput, orderOf, placeOrder, principals, startOrders, TEST_ROUTER_SECRET, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

const statusChanged = (orderId: string, status: string, trackingNumbers: string[] = [], delivered = false, id = `${orderId}-${status}-${delivered}`) =>
  createEvent('FulfillmentStatusChanged', 'fulfillment', { orderId, status, trackingNumbers, delivered, changedAt: new Date().toISOString() }, { id, subject: orderId });

async function push(body: unknown, principal: Principal | null = principals.service) {
  const response = await fetch(`${h.url}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(principal ? principalHeaders(principal, TEST_ROUTER_SECRET) : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function confirmedOrder(): Promise<string> {
  const cartId = await cartWith(h, [['SKU-000001-01', 1]], principals.customer('cust-ship'));
  const { id } = await placeOrder(h, checkoutInput(cartId), principals.customer('cust-ship'));
  await h.settle();
  expect((await orderOf(h, id))!.status).toBe('CONFIRMED');
  return id;
}

describe('FulfillmentStatusChanged on POST /events', () => {
  it('ships a confirmed order with its tracking numbers (one email), then delivers it; redeliveries change nothing', async () => {
    const id = await confirmedOrder();
    expect((await push(statusChanged(id, 'Processing'))).body.outcomes).toEqual(['no-change']);
    const shipped = statusChanged(id, 'Complete', ['TBA000000000001']);
    expect(await push(shipped)).toMatchObject({ status: 202, body: { accepted: 1, outcomes: ['applied'] } });
    expect(await push([shipped])).toMatchObject({ status: 202, body: { outcomes: ['duplicate'] } });
    await h.settle();
    expect(await orderOf(h, id)).toMatchObject({ status: 'SHIPPED', trackingNumbers: ['TBA000000000001'] });
    const mail = await readFile(join(h.mailDir, `${id}.order-shipped.eml`), 'utf8');
    expect(mail).toContain('Tracking: TBA000000000001');

    expect((await push(statusChanged(id, 'Complete', ['TBA000000000001'], true))).body.outcomes).toEqual(['applied']);
    await h.settle();
    expect((await orderOf(h, id))!.status).toBe('DELIVERED');
    expect(h.published.filter((e) => e.subject === id).map((e) => e.type)).toEqual(['OrderPlaced', 'OrderConfirmed', 'OrderShipped', 'OrderDelivered']);
    expect((await h.stores.work.saga(id))?.phase).toBe('done');
  });

  it('cancels a confirmed order Amazon cannot fulfil and refunds the payment', async () => {
    const id = await confirmedOrder();
    expect((await push(statusChanged(id, 'Unfulfillable'))).body.outcomes).toEqual(['applied']);
    await h.settle();
    expect(await orderOf(h, id)).toMatchObject({ status: 'CANCELLED', failureReason: expect.stringMatching(/cannot fulfil/) });
    expect((await h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${id}:authorize`)))?.status).toBe('REFUNDED');
    expect(h.fulfillment.calls.count('cancel', id)).toBe(0);
    expect(h.published.filter((e) => e.subject === id).map((e) => e.type)).toEqual(['OrderPlaced', 'OrderConfirmed', 'OrderCancelled']);
    // A later Complete for a cancelled order changes nothing.
    expect((await push(statusChanged(id, 'Complete', ['TBA1']))).body.outcomes).toEqual(['no-change']);
  });

  it('asks for redelivery (503) while the order is still being placed, then applies it', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const { id } = await placeOrder(h, checkoutInput(cartId));
    expect((await push(statusChanged(id, 'Complete', ['TBA2']))).status).toBe(503);
    await h.settle();
    expect((await push(statusChanged(id, 'Complete', ['TBA2']))).body.outcomes).toEqual(['applied']);
  });

  it('accepts only signed service principals and valid envelopes; ignores other event types', async () => {
    const event = statusChanged('ord_x', 'Complete');
    expect((await push(event, null)).status).toBe(401);
    expect((await push(event, principals.customer('cust-1'))).status).toBe(403);
    expect(await push({ hello: 'world' })).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect((await push({ ...event, data: { orderId: 'ord_x', status: 'Complete' } })).status).toBe(400);
    expect(await push(createEvent('StockChanged', 'inventory', { sku: 'x', warehouseId: 'w', available: 0 }))).toMatchObject({ status: 202, body: { accepted: 0, ignored: 1 } });
    expect(await push(event)).toMatchObject({ status: 202, body: { outcomes: ['unknown-order'] } });
  });
});
