import type { CatalogVariant } from '../../src/domain/models.js';
import type { Catalog } from '../../src/ports/Catalog.js';
import { ServiceUnavailableError } from '../../src/ports/ServiceErrors.js';

/** A catalog with fixed prices; counts requests so tests can check batching. */
export class FakeCatalog implements Catalog {
  readonly requests: string[][] = [];
  /** While set, every request fails as an unreachable catalog would (`timeout` as one that does not answer). */
  outage: 'down' | 'timeout' | null = null;
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
    if (this.outage === 'down') throw new ServiceUnavailableError('catalog', 'catalog is unreachable: ECONNREFUSED');
    if (this.outage === 'timeout') throw new ServiceUnavailableError('catalog', 'catalog did not answer within 5000 ms', 5000);
    return new Map(skus.flatMap((sku) => (this.byId.has(sku) ? [[sku, this.byId.get(sku)!] as const] : [])));
  }
}

export const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD' });
