import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncProgress } from '../src/services/stockSync.js';
import { principals, RESERVE, startInventory, stockOf, TEST_SKUS, type InventoryHarness } from './harness.js';

const PLANT_TO_WAREHOUSE: Record<string, string> = { '1010': 'wh-dc-newark', '1020': 'wh-dc-reno', '1110': 'wh-store-seattle', '1310': 'wh-amazon-fc' };

/** What the projection must hold after syncing everything: unrestricted stock per SKU and warehouse. */
function expectedFromErp(h: InventoryHarness, skus: readonly string[]) {
  const expected: Record<string, Record<string, number>> = {};
  for (const row of h.erp.stock.all()) {
    if (!skus.includes(row.Material)) continue;
    const warehouse = PLANT_TO_WAREHOUSE[row.Plant]!;
    expected[row.Material] ??= {};
    expected[row.Material]![warehouse] = (expected[row.Material]![warehouse] ?? 0) + (row.InventoryStockType === '01' ? Number(row.MatlWrhsStkQtyInMatlBaseUnit) : 0);
  }
  return expected;
}

async function projection(h: InventoryHarness, skus: readonly string[]) {
  const levels = await h.stores.stock.stockBySkus(skus, { consistent: true });
  return Object.fromEntries([...levels].map(([sku, level]) => [sku, Object.fromEntries(level.warehouses.map((w) => [w.warehouseId, w.onHand]))]));
}

describe('sync from the ERP (OData V2)', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory();
  });
  afterAll(() => h?.close());

  it('a first sync is full: every figure applied, progress shown against the row count, the run recorded with its watermark', async () => {
    const progress: SyncProgress[] = [];
    const run = await h.services.sync.run(h.erpSource, { onProgress: (p) => progress.push(p) });
    const expected = expectedFromErp(h, TEST_SKUS);
    const figures = Object.values(expected).reduce((n, w) => n + Object.keys(w).length, 0);
    expect(run).toMatchObject({ mode: 'full', status: 'SUCCEEDED', since: null, applied: figures, fetched: figures, quarantined: 0 });
    const latest = Math.max(...h.erp.stock.all().map((r) => Number(r.LastChangeDateTime)));
    expect(run!.watermark).toBe(new Date(latest).toISOString());
    expect(progress.at(-1)).toMatchObject({ source: 'erp-odata', mode: 'full', done: h.erp.stock.all().filter((r) => r.InventoryStockType === '01').length });
    expect(progress.at(-1)!.total).toBe(progress.at(-1)!.done);
    expect(await projection(h, TEST_SKUS)).toEqual(expected);
    expect(await h.stores.syncLog.runs('erp-odata', 5)).toEqual([run]);
    expect((await h.stores.syncLog.state('erp-odata')).watermark).toBe(run!.watermark);
  });

  it('then pulls only what changed since the watermark, and moves the watermark on', async () => {
    const before = await h.stores.syncLog.state('erp-odata');
    h.clock.advance(600_000);
    const changed = h.erp.stock.set(TEST_SKUS[4]!, '1020', 77, '0003');
    const requests = h.erp.controls.requests.length;
    const run = await h.syncErp();
    expect(run).toMatchObject({ mode: 'delta', since: new Date(Date.parse(before.watermark!) - 120_000).toISOString(), applied: 1, quarantined: 0 });
    expect(run.watermark).toBe(new Date(Number(changed.LastChangeDateTime)).toISOString());
    // Phase one asks what changed since the watermark; phase two re-reads all rows of those materials.
    const sent = h.erp.controls.requests.slice(requests).map(decodeURIComponent);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/\$filter=LastChangeDateTime ge datetimeoffset'[^']+' and \(\(Plant eq '1010'\) or/);
    expect(sent[1]).toContain(`(Material eq '${TEST_SKUS[4]}')`);
    expect((await projection(h, [TEST_SKUS[4]!]))[TEST_SKUS[4]!]!['wh-dc-reno']).toBe(expectedFromErp(h, [TEST_SKUS[4]!])[TEST_SKUS[4]!]!['wh-dc-reno']);

    // Nothing new: the overlap before the watermark re-reads the last change, which applies as unchanged.
    h.clock.advance(600_000);
    const quiet = await h.syncErp();
    expect(quiet).toMatchObject({ mode: 'delta', applied: 0, watermark: run.watermark });
    expect(quiet.unchanged).toBe(quiet.fetched);
  });

  it('applies idempotently: a second full sync changes nothing, an older figure never overwrites a newer one', async () => {
    const run = await h.syncErp(true);
    expect(run).toMatchObject({ mode: 'full', applied: 0, quarantined: 0 });
    expect(run.unchanged).toBe(run.fetched);
    const sku = TEST_SKUS[4]!;
    const [outcome] = await h.stores.stock.applySourceStock([{ sku, warehouseId: 'wh-dc-reno', onHand: 1, source: 'erp-odata', changedAt: '2020-01-01T00:00:00.000Z' }], new Date(h.clock.now()).toISOString());
    expect(outcome).toEqual({ sku, warehouseId: 'wh-dc-reno', result: 'stale' });
  });

  it('never overwrites open reservations: onHand comes from the ERP, reserved stays ours', async () => {
    const sku = TEST_SKUS.find((s) => h.erp.stock.quantity(s, '1010') >= 5)!;
    const reserved = await h.execute(RESERVE, { input: { orderId: 'ord-sync-1', lines: [{ sku, quantity: 3 }] } }, principals.service);
    expect(reserved.data!.reserveStock.allocations).toEqual([{ sku, warehouseId: 'wh-dc-newark', quantity: 3 }]);
    h.clock.advance(60_000);
    for (const row of h.erp.stock.all().filter((r) => r.Material === sku && r.Plant === '1010' && r.InventoryStockType === '01')) {
      h.erp.stock.set(sku, '1010', row.StorageLocation === '0001' ? 20 : 0, row.StorageLocation);
    }
    await h.syncErp();
    expect((await stockOf(h, sku))['wh-dc-newark']).toEqual({ onHand: 20, reserved: 3, available: 17 });
  });

  it('publishes StockChanged when a synced figure takes a warehouse to or from zero', async () => {
    const sku = TEST_SKUS.find((s) => h.erp.stock.quantity(s, '1020') > 0 && h.erp.stock.quantity(s, '1010') > 0)!;
    const zero = (plant: string) => {
      for (const row of h.erp.stock.all().filter((r) => r.Material === sku && r.Plant === plant && r.InventoryStockType === '01')) h.erp.stock.set(sku, plant, 0, row.StorageLocation);
    };
    h.published.length = 0;
    h.clock.advance(60_000);
    zero('1020');
    h.erp.stock.set(sku, '1010', h.erp.stock.quantity(sku, '1010') + 1, '0001');
    await h.syncErp();
    expect(h.published.map((e) => e.data)).toEqual([{ sku, warehouseId: 'wh-dc-reno', available: 0 }]);
    h.clock.advance(60_000);
    h.erp.stock.set(sku, '1020', 4, '0001');
    await h.syncErp();
    expect(h.published.map((e) => e.data)).toEqual([
      { sku, warehouseId: 'wh-dc-reno', available: 0 },
      { sku, warehouseId: 'wh-dc-reno', available: 4 },
    ]);
  });

  it('quarantines a malformed record with its reason, counts it, and keeps the figures it would have spoiled', async () => {
    const sku = TEST_SKUS[6]!;
    const before = (await stockOf(h, sku))['wh-dc-newark'];
    h.clock.advance(60_000);
    h.erp.stock.put({ Material: sku, Plant: '1010', StorageLocation: '0009', MatlWrhsStkQtyInMatlBaseUnit: 'twelve' });
    h.erp.stock.put({ Material: TEST_SKUS[7]!, Plant: '1020', StorageLocation: '0009', MaterialBaseUnit: 'KG', MatlWrhsStkQtyInMatlBaseUnit: 3 });
    h.erp.stock.set(TEST_SKUS[8]!, '1010', 5, '0009');
    const run = await h.syncErp();
    expect(run).toMatchObject({ status: 'SUCCEEDED', quarantined: 2 });
    expect(run.applied).toBeGreaterThanOrEqual(1);
    expect((await stockOf(h, sku))['wh-dc-newark']).toEqual(before);
    const quarantined = await h.stores.syncLog.quarantined('erp-odata', 10);
    expect(quarantined.map((q) => q.reason).sort()).toEqual([
      `MaterialBaseUnit "KG" is not a piece unit (EA, PC, ST); stock of ${TEST_SKUS[7]} in plant 1020 not applied`,
      `MatlWrhsStkQtyInMatlBaseUnit "twelve" is not a number; stock of ${sku} in plant 1010 not applied`,
    ]);
    expect(quarantined[0]).toMatchObject({ runId: run.runId, raw: expect.stringContaining('"Material"') });
  });

  it('lets one sync of a source run at a time, in this process and across instances (lease)', async () => {
    h.clock.advance(60_000);
    const [a, b] = await Promise.all([h.services.sync.run(h.erpSource), h.services.sync.run(h.erpSource)]);
    expect([a, b].filter((run) => run === null)).toHaveLength(1);
    const now = h.clock.now();
    expect(await h.stores.syncLog.acquireLease('erp-odata', 'other-instance', new Date(now).toISOString(), new Date(now + 60_000).toISOString())).toBe(true);
    expect(await h.services.sync.run(h.erpSource)).toBeNull();
    h.clock.advance(61_000);
    expect(await h.services.sync.run(h.erpSource)).toMatchObject({ status: 'SUCCEEDED' });
  });
});

describe('sync over OData V4 with server-driven paging', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory({ odataVersion: 4, pageSize: 25, erp: { maxPageSize: 10 } });
  });
  afterAll(() => h?.close());

  it('follows @odata.nextLink and $skip across pages and keeps storage locations cut by a page boundary together', async () => {
    const run = await h.syncErp();
    expect(run).toMatchObject({ mode: 'full', quarantined: 0 });
    expect(await projection(h, TEST_SKUS)).toEqual(expectedFromErp(h, TEST_SKUS));
    const rows = h.erp.stock.all().filter((r) => r.InventoryStockType === '01').length;
    const sent = h.erp.controls.requests.map(decodeURIComponent);
    expect(sent.length).toBeGreaterThanOrEqual(Math.ceil(rows / 10));
    expect(sent.some((url) => url.includes('$skiptoken='))).toBe(true);
    expect(sent.some((url) => /\$skip=\d+/.test(url))).toBe(true);
    expect(sent[0]).toContain('$count=true');
  });
});
