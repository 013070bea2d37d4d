import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT, RELEASE, RESERVE, principals, setErpStock, startInventory, stockOf, type InventoryHarness } from './harness.js';

let h: InventoryHarness;
beforeAll(async () => {
  h = await startInventory();
  await h.syncErp();
});
afterAll(() => h?.close());

type Reserve = { reserveStock: Record<string, any> };
const reserve = (orderId: string, lines: { sku: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
  h.execute<Reserve>(RESERVE, { input: { orderId, lines, ...extra } }, principals.service);

describe('reservations', () => {
  it('holds stock once per order, however often reserve is repeated', async () => {
    const sku = 'SKU-RES-01';
    await setErpStock(h, sku, { '1010': 10 });
    const first = await reserve('ord-1', [{ sku, quantity: 3 }]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reserveStock).toMatchObject({
      __typename: 'StockReservation',
      orderId: 'ord-1',
      status: 'HELD',
      expiresAt: new Date(h.clock.now() + 900_000).toISOString(),
      allocations: [{ sku, warehouseId: 'wh-dc-newark', quantity: 3 }],
    });
    const again = await reserve('ord-1', [{ sku, quantity: 3 }]);
    const concurrent = await Promise.all([reserve('ord-1', [{ sku, quantity: 3 }]), reserve('ord-1', [{ sku, quantity: 3 }])]);
    for (const repeat of [again, ...concurrent]) expect(repeat.data!.reserveStock).toEqual(first.data!.reserveStock);
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 10, reserved: 3, available: 7 } });
  });

  it('releases once: the units come back, a repeat returns the RELEASED reservation, an unknown order null', async () => {
    const sku = 'SKU-RES-02';
    await setErpStock(h, sku, { '1020': 5 });
    await reserve('ord-2', [{ sku, quantity: 5 }]);
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-reno': { onHand: 5, reserved: 5, available: 0 } });
    const [released, twice] = await Promise.all([
      h.execute(RELEASE, { orderId: 'ord-2' }, principals.service),
      h.execute(RELEASE, { orderId: 'ord-2' }, principals.service),
    ]);
    expect(released.data!.releaseStock).toMatchObject({ status: 'RELEASED' });
    expect(twice.data!.releaseStock).toMatchObject({ status: 'RELEASED' });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-reno': { onHand: 5, reserved: 0, available: 5 } });
    expect((await h.execute(RELEASE, { orderId: 'ord-none' }, principals.service)).data).toEqual({ releaseStock: null });
    // Reserving the same order id again returns the released reservation; nothing is held anew.
    expect((await reserve('ord-2', [{ sku, quantity: 1 }])).data!.reserveStock).toMatchObject({ status: 'RELEASED' });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-reno': { onHand: 5, reserved: 0, available: 5 } });
  });

  it('commits once: the units leave onHand, a repeat changes nothing, and a released reservation stays released', async () => {
    const sku = 'SKU-RES-03';
    await setErpStock(h, sku, { '1010': 8 });
    await reserve('ord-3', [{ sku, quantity: 2 }]);
    const [committed, twice] = await Promise.all([h.execute(COMMIT, { orderId: 'ord-3' }, principals.service), h.execute(COMMIT, { orderId: 'ord-3' }, principals.service)]);
    expect(committed.data!.commitStock).toMatchObject({ status: 'COMMITTED' });
    expect(twice.data!.commitStock).toMatchObject({ status: 'COMMITTED' });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 6, reserved: 0, available: 6 } });
    expect((await h.execute(RELEASE, { orderId: 'ord-3' }, principals.service)).data!.releaseStock).toMatchObject({ status: 'COMMITTED' });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 6, reserved: 0, available: 6 } });
    expect((await h.execute(COMMIT, { orderId: 'ord-2' }, principals.service)).data!.commitStock).toMatchObject({ status: 'RELEASED' });
  });

  it('refuses what is not there as INSUFFICIENT_STOCK, holding nothing of the other lines', async () => {
    const sku = 'SKU-RES-04';
    await setErpStock(h, sku, { '1010': 2, '1020': 1 });
    const result = await reserve('ord-4', [{ sku, quantity: 2 }, { sku: 'SKU-RES-01', quantity: 1 }, { sku, quantity: 2 }, { sku: 'SKU-UNKNOWN', quantity: 1 }]);
    expect(result.data!.reserveStock).toEqual({
      __typename: 'StockShortage',
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock of SKU-RES-04 (requested 4, available 3), SKU-UNKNOWN (requested 1, available 0).',
      shortages: [
        { sku, requested: 4, available: 3 },
        { sku: 'SKU-UNKNOWN', requested: 1, available: 0 },
      ],
    });
    expect(await stockOf(h, 'SKU-RES-01')).toEqual({ 'wh-dc-newark': { onHand: 10, reserved: 3, available: 7 } });
    expect(await h.stores.reservations.reservation('ord-4')).toBeNull();
  });

  it('picks by the rule: one warehouse for the whole order when one can, else the closest to the destination, splitting only when needed', async () => {
    await setErpStock(h, 'SKU-PICK-A', { '1010': 5, '1110': 5 });
    await setErpStock(h, 'SKU-PICK-B', { '1010': 5 });
    const seattle = { countryCode: 'US', postalCode: '98109' };
    const oneShipment = await reserve('ord-pick-1', [{ sku: 'SKU-PICK-A', quantity: 1 }, { sku: 'SKU-PICK-B', quantity: 1 }], { destination: seattle });
    expect(oneShipment.data!.reserveStock.allocations).toEqual([
      { sku: 'SKU-PICK-A', warehouseId: 'wh-dc-newark', quantity: 1 },
      { sku: 'SKU-PICK-B', warehouseId: 'wh-dc-newark', quantity: 1 },
    ]);
    const closest = await reserve('ord-pick-2', [{ sku: 'SKU-PICK-A', quantity: 2 }], { destination: seattle });
    expect(closest.data!.reserveStock.allocations).toEqual([{ sku: 'SKU-PICK-A', warehouseId: 'wh-store-seattle', quantity: 2 }]);
    const split = await reserve('ord-pick-3', [{ sku: 'SKU-PICK-A', quantity: 6 }], { destination: seattle });
    expect(split.data!.reserveStock.allocations).toEqual([
      { sku: 'SKU-PICK-A', warehouseId: 'wh-store-seattle', quantity: 3 },
      { sku: 'SKU-PICK-A', warehouseId: 'wh-dc-newark', quantity: 3 },
    ]);
    expect(await stockOf(h, 'SKU-PICK-A')).toEqual({
      'wh-dc-newark': { onHand: 5, reserved: 4, available: 1 },
      'wh-store-seattle': { onHand: 5, reserved: 5, available: 0 },
    });
  });

  it('returns expired holds exactly once, however many sweeps run, and a commit after expiry finds it EXPIRED', async () => {
    const sku = 'SKU-RES-05';
    await setErpStock(h, sku, { '1010': 4 });
    await reserve('ord-exp-1', [{ sku, quantity: 3 }], { holdSeconds: 60 });
    await reserve('ord-exp-2', [{ sku, quantity: 1 }], { holdSeconds: 600 });
    expect((await h.services.expirySweep.run()).expired).toBe(0);
    h.clock.advance(61_000);
    const sweeps = await Promise.all([h.services.expirySweep.run(), h.services.expirySweep.run(), h.services.expirySweep.run()]);
    expect(sweeps.reduce((n, s) => n + s.expired, 0)).toBe(1);
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 4, reserved: 1, available: 3 } });
    expect((await h.execute(COMMIT, { orderId: 'ord-exp-1' }, principals.service)).data!.commitStock).toMatchObject({ status: 'EXPIRED' });
    // Past its expiry but not yet swept: committing expires it (its units return) instead of taking them.
    h.clock.advance(600_000);
    expect((await h.execute(COMMIT, { orderId: 'ord-exp-2' }, principals.service)).data!.commitStock).toMatchObject({ status: 'EXPIRED' });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 4, reserved: 0, available: 4 } });
    expect((await h.services.expirySweep.run()).expired).toBe(0);
  });

  it('publishes StockChanged when a warehouse’s availability crosses zero, and not otherwise', async () => {
    const sku = 'SKU-RES-06';
    await setErpStock(h, sku, { '1010': 2 });
    h.published.length = 0;
    await reserve('ord-ev-1', [{ sku, quantity: 1 }]);
    expect(h.published).toEqual([]);
    await reserve('ord-ev-2', [{ sku, quantity: 1 }]);
    await h.execute(RELEASE, { orderId: 'ord-ev-2' }, principals.service);
    await h.execute(COMMIT, { orderId: 'ord-ev-1' }, principals.service);
    expect(h.published.map((e) => e.data)).toEqual([
      { sku, warehouseId: 'wh-dc-newark', available: 0 },
      { sku, warehouseId: 'wh-dc-newark', available: 1 },
    ]);
    expect(h.published[0]).toMatchObject({ type: 'StockChanged', source: 'inventory', subject: sku, specversion: '1.0' });
  });

  it('takes the stock commands from services only', async () => {
    for (const principal of [principals.anonymous, principals.customer('cust-1')]) {
      const attempts = await Promise.all([
        h.execute(RESERVE, { input: { orderId: 'ord-x', lines: [{ sku: 'SKU-RES-01', quantity: 1 }] } }, principal),
        h.execute(RELEASE, { orderId: 'ord-1' }, principal),
        h.execute(COMMIT, { orderId: 'ord-1' }, principal),
      ]);
      for (const attempt of attempts) {
        expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(attempt.errors?.[0]?.message).toMatch(/is a service call; it needs a principal of kind service/);
      }
    }
    expect(await h.stores.reservations.reservation('ord-x')).toBeNull();
    expect((await h.stores.reservations.reservation('ord-1'))?.status).toBe('HELD');
  });

  it('refuses zero, negative and fractional quantities with BAD_USER_INPUT naming the rule', async () => {
    for (const quantity of [0, -2]) {
      const result = await reserve('ord-bad', [{ sku: 'SKU-RES-01', quantity }]);
      expect(result.errors?.[0]).toMatchObject({
        message: `lines[0].quantity: ${quantity} is not allowed; a whole number from 1 to 10000`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const hold = await reserve('ord-bad', [{ sku: 'SKU-RES-01', quantity: 1 }], { holdSeconds: 5 });
    expect(hold.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'holdSeconds: 5 is not allowed; 60 to 86400' });
    expect(await h.stores.reservations.reservation('ord-bad')).toBeNull();
  });
});
