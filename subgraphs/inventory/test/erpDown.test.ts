import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, TEST_SKUS, VARIANT_INVENTORY, variants, type InventoryHarness } from './harness.js';

type VariantResult = { _entities: { sku: string; inventory: Record<string, any> | null }[] };

describe('when the ERP cannot be reached', () => {
  let h: InventoryHarness;
  let syncedAt: string;
  beforeAll(async () => {
    h = await startInventory();
    await h.syncErp();
    syncedAt = new Date(h.clock.now()).toISOString();
  });
  afterAll(() => h?.close());

  it('records the failed sync and keeps the watermark', async () => {
    const before = await h.stores.syncLog.state('erp-odata');
    h.erp.controls.outage = true;
    h.clock.advance(3_600_000);
    const run = await h.services.sync.run(h.erpSource);
    expect(run).toMatchObject({ status: 'FAILED', mode: 'delta', error: 'the ERP failed (HTTP 503)', applied: 0 });
    expect(await h.stores.syncLog.state('erp-odata')).toMatchObject({
      watermark: before.watermark,
      lastSuccessAt: before.lastSuccessAt,
      lastFailureAt: new Date(h.clock.now()).toISOString(),
      lastError: 'the ERP failed (HTTP 503)',
    });
  });

  it('serves the last synced figures with their sync time, without errors', async () => {
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants(TEST_SKUS.slice(0, 3)));
    expect(result.errors).toBeUndefined();
    for (const { inventory } of result.data!._entities) {
      expect(inventory!.syncedAt).toBe(syncedAt);
      expect(inventory!.byWarehouse.length).toBeGreaterThan(0);
    }
  });

  it('puts an error on the path only of a SKU it has no figures for', async () => {
    h.erp.stock.set('SKU-NEW-01', '1010', 5); // in the ERP, but the ERP is down: never synced
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants([TEST_SKUS[0]!, 'SKU-NEW-01']));
    expect(result.data!._entities[0]!.inventory).not.toBeNull();
    expect(result.data!._entities[1]).toEqual({ sku: 'SKU-NEW-01', inventory: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['_entities', 1, 'inventory'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(result.errors![0]!.message).toMatch(/^The ERP cannot be reached \(last sync failed at .+\) and this SKU was never synced; try again shortly\.$/);
  });

  it('recovers with the next sync: the new SKU is known, an unknown one is null again without an error', async () => {
    h.erp.controls.outage = false;
    h.clock.advance(60_000);
    await h.syncErp();
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants(['SKU-NEW-01', 'NO-SUCH-SKU']));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]!.inventory).toMatchObject({ available: 5, syncedAt: new Date(h.clock.now()).toISOString() });
    expect(result.data!._entities[1]!.inventory).toBeNull();
  });
});

describe('before the first sync', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory({ skus: TEST_SKUS.slice(0, 2) });
  });
  afterAll(() => h?.close());

  it('says stock is not synced yet instead of calling a SKU unknown', async () => {
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants([TEST_SKUS[0]!]));
    expect(result.data!._entities[0]!.inventory).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'Stock has not been synced from the ERP yet; try again shortly.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});
