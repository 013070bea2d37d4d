import type { CatalogVariant } from '../../src/domain/models.js';
import type { Catalog } from '../../src/ports/Catalog.js';

/** A catalog with fixed prices; counts requests so tests can check batching. */
export class FakeCatalog implements Catalog {
  readonly requests: string[][] = [];
  private readonly byId = new Map<string, CatalogVariant>();

  constructor(variants: CatalogVariant[]) {
    for (const variant of variants) this.byId.set(variant.sku, variant);
  }

  set(variant: CatalogVariant): void {
    this.byId.set(variant.sku, variant);
  }

  delete(sku: string): void {
    this.byId.delete(sku);
  }

  async variants(skus: readonly string[]): Promise<Map<string, CatalogVariant>> {
    this.requests.push([...skus]);
    return new Map(skus.flatMap((sku) => (this.byId.has(sku) ? [[sku, this.byId.get(sku)!] as const] : [])));
  }
}

export const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD' });
