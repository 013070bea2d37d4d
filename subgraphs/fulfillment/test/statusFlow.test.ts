import { principalHeaders } from '@commerce/lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, fulfillmentOf, startFulfillment, TEST_ROUTER_SECRET, type FulfillmentHarness } from './harness.js';

let h: FulfillmentHarness;
beforeAll(async () => {
  h = await startFulfillment();
});
afterAll(() => h?.close());
beforeEach(() => {
  h.sim.setNotificationUrl(h.notificationUrl);
  h.sim.controls.outage = false;
});

const service = () => principalHeaders({ kind: 'service', id: 'sqs-relay', scopes: [], requestId: 'r' }, TEST_ROUTER_SECRET);
const post = (body: unknown, headers: Record<string, string> = service()) =>
  fetch(h.notificationUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const statusOf = async (orderId: string) => (await fulfillmentOf(h, orderId)).data!._entities[0]!.fulfillment?.status;

describe('SP-API notifications', () => {
  it('handles a notification once: a redelivery is acknowledged without another SP-API call', async () => {
    await createOrder(h, 'ord-notify-1');
    await h.sim.advance('5m');
    const notification = h.sim.notifications.at(-1)!;
    expect(notification).toMatchObject({ NotificationType: 'FULFILLMENT_ORDER_STATUS', Payload: { FulfillmentOrderStatusNotification: { SellerFulfillmentOrderId: 'ord-notify-1' } } });
    expect(await statusOf('ord-notify-1')).toBe('RECEIVED');

    h.resetCalls();
    const again = await post(notification);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'duplicate' });
    const fresh = await post({ ...notification, NotificationMetadata: { ...(notification.NotificationMetadata as object), NotificationId: 'another-id' } });
    expect(await fresh.json()).toEqual({ outcome: 'processed' });
    expect(h.calls()).toEqual({ getFulfillmentOrder: 1 });
  });

  it('asks for redelivery when Amazon cannot be read, and handles the redelivered notification', async () => {
    await createOrder(h, 'ord-notify-2');
    h.sim.setNotificationUrl(undefined);
    await h.sim.advance('5m');
    const notification = h.sim.notifications.at(-1)!;
    h.sim.controls.outage = true;
    expect((await post(notification)).status).toBe(503);
    h.sim.controls.outage = false;
    expect(await (await post(notification)).json()).toEqual({ outcome: 'processed' });
    expect(await statusOf('ord-notify-2')).toBe('RECEIVED');
  });

  it('ignores notifications about orders this service did not send, and refuses malformed or unsigned ones', async () => {
    const foreign = structuredClone(h.sim.notifications.at(-1)!) as { Payload: { FulfillmentOrderStatusNotification: { SellerFulfillmentOrderId: string } }; NotificationMetadata: { NotificationId: string } };
    foreign.Payload.FulfillmentOrderStatusNotification.SellerFulfillmentOrderId = 'seller-central-order';
    foreign.NotificationMetadata.NotificationId = 'foreign-1';
    expect(await (await post(foreign)).json()).toEqual({ outcome: 'ignored' });
    expect((await post({ NotificationType: 'ANY_OFFER_CHANGED' })).status).toBe(400);
    expect((await post(foreign, {})).status).toBe(401);
    const customer = principalHeaders({ kind: 'customer', id: 'c', scopes: [], requestId: 'r' }, TEST_ROUTER_SECRET);
    expect((await post(foreign, customer)).status).toBe(403);
  });

  it('receives notifications shaped by the FULFILLMENT_ORDER_STATUS schema', async () => {
    const { createModelValidator } = await import('../src/adapters/simulator/modelSchema.js');
    const validator = createModelValidator();
    expect(h.sim.notifications.length).toBeGreaterThan(0);
    for (const notification of h.sim.notifications) expect(validator.notification(notification)).toEqual([]);
  });
});

describe('the sweep', () => {
  it('catches status changes whose notifications never arrived, from the watermark on', async () => {
    await createOrder(h, 'ord-sweep-1');
    await createOrder(h, 'ord-sweep-2');
    h.sim.setNotificationUrl(undefined); // notifications lost
    await h.sim.advance('20m');
    expect(await statusOf('ord-sweep-1')).toBe('NEW');

    const first = await h.services.sweep.run();
    expect(first).toMatchObject({ skipped: false, failed: 0 });
    expect(first.refreshed).toBeGreaterThanOrEqual(2); // the earlier tests' orders moved on too
    expect(await statusOf('ord-sweep-1')).toBe('PLANNING');
    expect(await statusOf('ord-sweep-2')).toBe('PLANNING');
    // The newest statusUpdatedDate Amazon listed: the two orders' Planning.
    const created = h.sim.network.orders.get('ord-sweep-2')!.createdAt;
    expect(first.watermark).toBe(new Date(created + 15 * 60_000).toISOString());

    h.resetCalls();
    const second = await h.services.sweep.run();
    expect(second).toMatchObject({ refreshed: 0, watermark: first.watermark });
    expect(h.calls()).toEqual({ listAllFulfillmentOrders: 1 });
    expect(h.published.filter((e) => e.subject === 'ord-sweep-1').map((e) => (e.data as { status: string }).status)).toEqual(['New', 'Planning']);
  });

  it('revisits shipped orders whose packages are still on their way until they are delivered', async () => {
    await createOrder(h, 'ord-sweep-3');
    await h.sim.advance('5h'); // shipped; notification handled: tracking read at once
    const shipped = (await fulfillmentOf(h, 'ord-sweep-3')).data!._entities[0]!.fulfillment!;
    expect(shipped.shipments[0].packages[0].currentStatus).toBe('IN_TRANSIT');

    await h.sim.advance('30m'); // not yet due (tracking refresh: 1 hour)
    h.resetCalls();
    await h.services.sweep.run();
    expect(h.calls().getPackageTrackingDetails).toBeUndefined();

    await h.sim.advance('2d');
    const report = await h.services.sweep.run();
    expect(report.due).toBeGreaterThanOrEqual(1);
    const delivered = (await fulfillmentOf(h, 'ord-sweep-3')).data!._entities[0]!.fulfillment!;
    expect(delivered.shipments[0].packages[0].currentStatus).toBe('DELIVERED');

    // Delivered packages are settled: nothing is due any more for this order.
    expect(await h.store.dueOrderIds(new Date(h.sim.clock.now() + 30 * 86_400_000), 100)).not.toContain('ord-sweep-3');
  });

  it('runs on one replica at a time', async () => {
    const now = new Date(h.sim.clock.now());
    expect(await h.store.acquireSweepLease('other-replica', now, new Date(now.getTime() + 60_000))).toBe(false);
    await h.sim.advance('2m');
    expect(await h.store.acquireSweepLease('other-replica', new Date(h.sim.clock.now()), new Date(h.sim.clock.now() + 60_000))).toBe(true);
    expect((await h.services.sweep.run()).skipped).toBe(true);
  });
});
