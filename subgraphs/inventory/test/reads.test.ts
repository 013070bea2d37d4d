import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, stockOf, TEST_SKUS, VARIANT_INVENTORY, variants, type InventoryHarness } from './harness.js';

let h: InventoryHarness;
beforeAll(async () => {
  h = await startInventory();
  await h.syncErp();
});
afterAll(() => h?.close());

type VariantResult = { _entities: { sku: string; inventory: Record<string, any> | null }[] };

describe('reading stock', () => {
  it('answers the 48 variants of a category page with ONE BatchGetItem, in request order', async () => {
    const skus = TEST_SKUS.slice(0, 48);
    h.dynamoCalls.reset();
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants(skus));
    expect(result.errors).toBeUndefined();
    expect(h.dynamoCalls.snapshot()).toEqual({ BatchGetItem: 1 });
    expect(result.data!._entities.map((v) => v.sku)).toEqual(skus);
    expect(result.data!._entities.every((v) => v.inventory !== null)).toBe(true);
  });

  it('shows per-warehouse availability matching the ERP (storage locations summed per plant), most preferred warehouse first', async () => {
    const sku = TEST_SKUS.find((s) => ['1010', '1020'].every((plant) => h.erp.stock.quantity(s, plant) > 0))!;
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants([sku]));
    const inventory = result.data!._entities[0]!.inventory!;
    const byWarehouse = Object.fromEntries(inventory.byWarehouse.map((w: any) => [w.warehouse.id, w.available]));
    expect(byWarehouse['wh-dc-newark']).toBe(h.erp.stock.quantity(sku, '1010'));
    expect(byWarehouse['wh-dc-reno']).toBe(h.erp.stock.quantity(sku, '1020'));
    expect(inventory.byWarehouse[0].warehouse).toEqual({ id: 'wh-dc-newark', name: 'Newark Distribution Center', type: 'DC' });
    expect(inventory.available).toBe(Object.values(byWarehouse).reduce((a: number, b) => a + (b as number), 0));
    expect(inventory.inStock).toBe(true);
    expect(inventory.backorderable).toBe(false);
    expect(Date.parse(inventory.syncedAt)).toBe(h.clock.now());
  });

  it('reads a SKU the ERP holds nowhere as out of stock and backorderable (a DC carries it)', async () => {
    const sku = TEST_SKUS.find((s) => ['1010', '1020', '1110', '1310'].every((plant) => h.erp.stock.quantity(s, plant) === 0))!;
    expect(sku).toBeDefined();
    const inventory = (await h.execute<VariantResult>(VARIANT_INVENTORY, variants([sku]))).data!._entities[0]!.inventory!;
    expect(inventory).toMatchObject({ available: 0, inStock: false, backorderable: true });
  });

  it('answers null for a SKU inventory does not know, without an error', async () => {
    const result = await h.execute<VariantResult>(VARIANT_INVENTORY, variants(['NO-SUCH-SKU', TEST_SKUS[0]!]));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]).toEqual({ sku: 'NO-SUCH-SKU', inventory: null });
    expect(result.data!._entities[1]!.inventory).not.toBeNull();
  });

  it('resolves Product.inStock from the variant SKUs the gateway sends (@requires), in one batch with the variants', async () => {
    const outOfStock = TEST_SKUS.find((s) => Object.values(h.erp.stock.all()).every((r) => r.Material !== s || r.InventoryStockType !== '01' || Number(r.MatlWrhsStkQtyInMatlBaseUnit) === 0))!;
    h.dynamoCalls.reset();
    const result = await h.execute<{ _entities: { id: string; inStock: boolean | null }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id inStock } } }',
      {
        r: [
          { __typename: 'Product', id: 'prod-000001', variants: [{ sku: TEST_SKUS[0] }, { sku: TEST_SKUS[1] }] },
          { __typename: 'Product', id: 'prod-oos', variants: [{ sku: outOfStock }] },
          { __typename: 'Product', id: 'prod-unknown', variants: [{ sku: 'NO-SUCH-SKU' }] },
          { __typename: 'Product', id: 'prod-empty', variants: [] },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: 'prod-000001', inStock: true },
      { id: 'prod-oos', inStock: false },
      { id: 'prod-unknown', inStock: null },
      { id: 'prod-empty', inStock: null },
    ]);
    // One BatchGetItem for every SKU of every product; the unknown SKU also reads the ERP's sync health once.
    expect(h.dynamoCalls.snapshot()).toEqual({ BatchGetItem: 1, GetItem: 1 });
  });

  it('lists the warehouses and resolves Warehouse references', async () => {
    const list = await h.execute<{ warehouses: { id: string; type: string; location: Record<string, string> }[] }>('{ warehouses { id type location { city region countryCode postalCode } } }');
    expect(list.data!.warehouses.map((w) => w.type)).toEqual(['DC', 'DC', 'THIRD_PARTY_LOGISTICS', 'AMAZON_FC', 'STORE']);
    expect(list.data!.warehouses[0]!.location).toEqual({ city: 'Newark', region: 'NJ', countryCode: 'US', postalCode: '07114' });
    const refs = await h.execute<{ _entities: unknown[] }>('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Warehouse { id name } } }', {
      r: [{ __typename: 'Warehouse', id: 'wh-dc-reno' }, { __typename: 'Warehouse', id: 'wh-gone' }],
    });
    expect(refs.data!._entities).toEqual([{ id: 'wh-dc-reno', name: 'Reno Distribution Center' }, null]);
  });

  it('never shows a negative count when the ERP reports less than is held', async () => {
    const sku = 'SKU-NEGATIVE-01';
    h.erp.stock.set(sku, '1010', 3);
    await h.syncErp();
    await h.services.reservations.reserve({ orderId: 'ord-neg', lines: new Map([[sku, 3]]), destination: null, holdSeconds: 900 });
    h.erp.stock.set(sku, '1010', 1);
    await h.syncErp();
    expect(await stockOf(h, sku)).toEqual({ 'wh-dc-newark': { onHand: 1, reserved: 3, available: -2 } });
    const inventory = (await h.execute<VariantResult>(VARIANT_INVENTORY, variants([sku]))).data!._entities[0]!.inventory!;
    expect(inventory).toMatchObject({ available: 0, inStock: false, byWarehouse: [{ available: 0 }] });
  });
});
