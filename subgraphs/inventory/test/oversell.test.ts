import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVE, principals, setErpStock, startInventory, stockOf, type InventoryHarness } from './harness.js';

let h: InventoryHarness;
beforeAll(async () => {
  h = await startInventory({ skus: [] });
  await h.syncErp();
});
afterAll(() => h?.close());

describe('no oversell', () => {
  it('200 concurrent reservations of 1 unit against 50 available: exactly 50 hold, available ends at 0, the rest are INSUFFICIENT_STOCK', async () => {
    const sku = 'SKU-HOT-01';
    await setErpStock(h, sku, { '1010': 50 });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 50, reserved: 0, available: 50 } });

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.execute<{ reserveStock: { __typename: string; code?: string; shortages?: unknown[] } }>(RESERVE, { input: { orderId: `ord-hot-${i}`, lines: [{ sku, quantity: 1 }] } }, principals.service),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const outcomes = results.map((r) => r.data!.reserveStock);
    const held = outcomes.filter((o) => o.__typename === 'StockReservation');
    const refused = outcomes.filter((o) => o.__typename === 'StockShortage');
    expect(held).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const o of refused) expect(o).toMatchObject({ code: 'INSUFFICIENT_STOCK', shortages: [{ sku, requested: 1, available: 0 }] });
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 50, reserved: 50, available: 0 } });

    // Every HELD reservation is recorded; none for a refused order.
    const records = await Promise.all(Array.from({ length: 200 }, (_, i) => h.stores.reservations.reservation(`ord-hot-${i}`)));
    expect(records.filter((r) => r?.status === 'HELD')).toHaveLength(50);
    expect(records.filter((r) => r === null)).toHaveLength(150);
  });
});
