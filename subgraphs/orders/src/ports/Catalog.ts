import type { CatalogVariant } from '../domain/models.js';

/** The price authority: what the catalog sells, at what price, today. */
export interface Catalog {
  /** The variants the catalog knows among `skus`; unknown SKUs are absent from the map. */
  variants(skus: readonly string[]): Promise<Map<string, CatalogVariant>>;
}
