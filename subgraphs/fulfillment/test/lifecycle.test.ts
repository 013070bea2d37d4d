import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL, createOrder, CREATE, fulfillmentOf, orderInput, principals, startFulfillment, type FulfillmentHarness } from './harness.js';

let h: FulfillmentHarness;
beforeAll(async () => {
  h = await startFulfillment();
});
afterAll(() => h?.close());

describe('a fulfillment order from the orders service to the customer’s door', () => {
  it('is created as NEW, reaches COMPLETE with a tracking number and a delivered event as simulated time passes', async () => {
    const created = await createOrder(h, 'ord-life-1');
    expect(created).toMatchObject({ __typename: 'Fulfillment', status: 'NEW', shipments: [] });
    const statusOf = async () => (await fulfillmentOf(h, 'ord-life-1')).data!._entities[0]!.fulfillment!.status;

    // Each step's notification arrives (and has been handled) before advance() resolves.
    for (const [by, status] of [['2m', 'RECEIVED'], ['13m', 'PLANNING'], ['45m', 'PROCESSING'], ['3h', 'COMPLETE']] as const) {
      expect(await h.sim.advance(by)).toEqual({ notifications: 1 });
      expect(await statusOf()).toBe(status);
    }
    await h.sim.advance('2d'); // in transit, then delivered: no order notification, the sweep's due work reads tracking
    expect((await h.services.sweep.run()).due).toBeGreaterThanOrEqual(1);

    const result = await fulfillmentOf(h, 'ord-life-1');
    expect(result.errors).toBeUndefined();
    const fulfillment = result.data!._entities[0]!.fulfillment!;
    expect(fulfillment.status).toBe('COMPLETE');
    const pkg = fulfillment.shipments[0].packages[0];
    expect(fulfillment.shipments[0].status).toBe('SHIPPED');
    expect(pkg.trackingNumber).toMatch(/^TBA\d{12}$/);
    expect(pkg.carrier).toBe('AMZN_US');
    expect(pkg.currentStatus).toBe('DELIVERED');
    expect(pkg.events.map((e: { code: string }) => e.code)).toEqual(['EVENT_101', 'EVENT_102', 'EVENT_201', 'EVENT_202', 'EVENT_302', 'EVENT_301']);
    expect(pkg.events.at(-1)).toMatchObject({ code: 'EVENT_301', description: 'Delivered.', location: 'Seattle, WA, US' });

    const changes = h.published.filter((e) => e.subject === 'ord-life-1');
    expect(changes.map((e) => (e.data as { status: string }).status)).toEqual(['New', 'Received', 'Planning', 'Processing', 'Complete', 'Complete']);
    // Shipped with tracking first, then the same status again once the carrier reports delivery.
    expect(changes.at(-2)).toMatchObject({ data: { trackingNumbers: [pkg.trackingNumber], delivered: false } });
    expect(changes.at(-1)).toMatchObject({ type: 'FulfillmentStatusChanged', source: 'fulfillment', data: { trackingNumbers: [pkg.trackingNumber], delivered: true } });
  });

  it('reads the truth on every notification: jumping days ahead, the first notification already finds the order delivered', async () => {
    await createOrder(h, 'ord-jump-1');
    expect(await h.sim.advance('3d')).toEqual({ notifications: 4 });
    const pkg = (await fulfillmentOf(h, 'ord-jump-1')).data!._entities[0]!.fulfillment!.shipments[0].packages[0];
    expect(pkg.currentStatus).toBe('DELIVERED');
    // The later notifications changed nothing, so nothing more was published.
    const published = h.published.filter((e) => e.subject === 'ord-jump-1').map((e) => e.data as { status: string; delivered: boolean });
    expect(published).toMatchObject([{ status: 'New', delivered: false }, { status: 'Complete', delivered: true }]);
  });

  it('creates once however often the service call is repeated, including after a create that got through unanswered', async () => {
    h.resetCalls();
    await createOrder(h, 'ord-idem-1');
    await createOrder(h, 'ord-idem-1');
    // An earlier attempt reached Amazon, but its answer was lost: the repeat meets Amazon's duplicate refusal.
    await h.services.commands.create({
      orderId: 'ord-idem-1',
      customerId: 'cust-1',
      placedAt: new Date(h.sim.clock.now()).toISOString(),
      items: [{ sku: 'SKU-000001-01', quantity: 2 }],
      destination: { name: 'Ada', line1: '1 Main St', line2: null, city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US', phone: null },
      shippingSpeed: 'Standard',
    });
    expect([...h.sim.network.orders.keys()].filter((id) => id === 'ord-idem-1')).toHaveLength(1);
    expect(h.calls().createFulfillmentOrder).toBe(3);
    expect(h.published.filter((e) => e.subject === 'ord-idem-1')).toHaveLength(1);
    expect((await fulfillmentOf(h, 'ord-idem-1')).data!._entities[0]!.fulfillment!.status).toBe('NEW');
  });

  it('marks an order UNFULFILLABLE when Amazon has no stock of a SKU', async () => {
    await createOrder(h, 'ord-oos-1', { items: [{ sku: 'SKU-000002-01', quantity: 1 }, { sku: 'SKU-000002-02-OOS', quantity: 1 }] });
    await h.sim.advance('1h');
    const fulfillment = (await fulfillmentOf(h, 'ord-oos-1')).data!._entities[0]!.fulfillment!;
    expect(fulfillment).toMatchObject({ status: 'UNFULFILLABLE', shipments: [] });
    // Nothing will ship: cancelling it (a compensating checkout does) succeeds and changes nothing.
    expect(await h.services.commands.cancel('ord-oos-1')).not.toHaveProperty('kind', 'error');
  });

  it('accepts the commands from services only and checks their input', async () => {
    const asCustomer = await h.execute(CREATE, { order: orderInput('ord-sneaky') }, principals.customer('cust-1'));
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelAnonymous = await h.execute(CANCEL, { orderId: 'ord-life-1' });
    expect(cancelAnonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const badZip = await h.execute(CREATE, { order: orderInput('ord-bad', { destination: { ...orderInput('x').destination, postalCode: 'ABC' } }) }, principals.service);
    expect(badZip.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/postalCode "ABC" is not valid for US/) });
    const noItems = await h.execute(CREATE, { order: orderInput('ord-bad', { items: [] }) }, principals.service);
    expect(noItems.errors?.[0]?.message).toMatch(/items: 1 to 100 SKUs/);
    expect(h.sim.network.orders.has('ord-bad')).toBe(false);
  });

  it('hides an order’s fulfillment from other customers and shows null for orders never sent to fulfillment', async () => {
    const other = await fulfillmentOf(h, 'ord-life-1', principals.customer('cust-2'));
    expect(other.data!._entities[0]!.fulfillment).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await fulfillmentOf(h, 'ord-never-sent');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!._entities[0]).toEqual({ id: 'ord-never-sent', fulfillment: null });
  });
});

describe('cancelling', () => {
  it('cancels while Amazon has not started processing, and cancelling again is still cancelled', async () => {
    await createOrder(h, 'ord-cancel-1');
    await h.sim.advance('20m'); // Received, then Planning: the first notification already reads Planning
    const cancelled = await h.execute(CANCEL, { orderId: 'ord-cancel-1' }, principals.service);
    expect(cancelled.data!.cancelFulfillmentOrder).toEqual({ __typename: 'Fulfillment', status: 'CANCELLED' });
    await h.sim.idle();
    const again = await h.execute(CANCEL, { orderId: 'ord-cancel-1' }, principals.service);
    expect(again.data!.cancelFulfillmentOrder).toEqual({ __typename: 'Fulfillment', status: 'CANCELLED' });
    expect(h.published.filter((e) => e.subject === 'ord-cancel-1').map((e) => (e.data as { status: string }).status)).toEqual(['New', 'Planning', 'Cancelled']);
  });

  it('refuses once Amazon is processing the order, and for unknown orders', async () => {
    await createOrder(h, 'ord-cancel-2');
    await h.sim.advance('2h'); // Processing
    const late = await h.execute(CANCEL, { orderId: 'ord-cancel-2' }, principals.service);
    expect(late.data!.cancelFulfillmentOrder).toMatchObject({ __typename: 'FulfillmentCommandError', code: 'NOT_CANCELLABLE' });
    expect(late.data!.cancelFulfillmentOrder.message).toMatch(/is Processing at Amazon; it can be cancelled only while New, Received or Planning/);
    const unknown = await h.execute(CANCEL, { orderId: 'ord-nope' }, principals.service);
    expect(unknown.data!.cancelFulfillmentOrder).toMatchObject({ __typename: 'FulfillmentCommandError', code: 'NOT_FOUND' });
  });
});
