import type { CatalogVariant } from '../../domain/models.js';
import type { Catalog } from '../../ports/Catalog.js';
import type { GraphqlCall } from './serviceClient.js';

export const VARIANTS = /* GraphQL */ `
  query OrdersVariantPrices($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ProductVariant { sku price { centAmount currencyCode } product { id } }
    }
  }
`;

type Entity = { sku: string; price: { centAmount: number; currencyCode: string }; product: { id: string } } | null;

/** Prices from the catalog subgraph's `_entities`: one request per batch of SKUs. */
export class HttpCatalog implements Catalog {
  constructor(private readonly call: GraphqlCall) {}

  async variants(skus: readonly string[]): Promise<Map<string, CatalogVariant>> {
    const unique = [...new Set(skus)];
    if (unique.length === 0) return new Map();
    const data = await this.call<{ _entities: Entity[] }>(VARIANTS, { representations: unique.map((sku) => ({ __typename: 'ProductVariant', sku })) });
    const found = new Map<string, CatalogVariant>();
    for (const entity of data._entities) {
      if (entity?.sku && entity.price) found.set(entity.sku, { sku: entity.sku, productId: entity.product.id, price: entity.price });
    }
    return found;
  }
}
