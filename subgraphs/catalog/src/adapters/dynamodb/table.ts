import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { singleTableDefinition } from '@commerce/lib';
import type { CategoryModel, ProductModel, ReviewModel, VariantModel } from '../../domain/models.js';

/**
 * Single-table design. Every item has PK/SK and a `type`.
 *
 * | item     | PK                 | SK                            | GSI1 (by leaf category)          | GSI2 (by top-level category) |
 * |----------|--------------------|-------------------------------|----------------------------------|------------------------------|
 * | Category | CATEGORIES         | CATEGORY#<id>                 |                                  |                              |
 * | Product  | PRODUCT#<id>       | PRODUCT                       | CATEGORY#<leaf> / <createdAt>#id | CATEGORY#<top> / same        |
 * | Review   | PRODUCT#<id>       | REVIEW#<createdAt>#<reviewId> |                                  |                              |
 * | Slug     | SLUG#<slug>        | SLUG                          |                                  |                              |
 * | Variant  | VARIANT#<sku>      | VARIANT                       |                                  |                              |
 * | Seed     | META               | SEED                          |                                  |                              |
 *
 * Categories share one partition because the tree is small and always read whole. Variants have their own
 * partition so that a batch of SKUs (from carts, orders, other subgraphs' references) is one BatchGetItem.
 */
export function catalogTableDefinition(tableName: string): CreateTableCommandInput {
  return singleTableDefinition(tableName, { GSI1: 'ALL', GSI2: 'ALL' });
}

export const keys = {
  categories: () => ({ PK: 'CATEGORIES' }),
  category: (id: string) => ({ PK: 'CATEGORIES', SK: `CATEGORY#${id}` }),
  product: (id: string) => ({ PK: `PRODUCT#${id}`, SK: 'PRODUCT' }),
  slug: (slug: string) => ({ PK: `SLUG#${slug}`, SK: 'SLUG' }),
  variant: (sku: string) => ({ PK: `VARIANT#${sku}`, SK: 'VARIANT' }),
  review: (r: ReviewModel) => ({ PK: `PRODUCT#${r.productId}`, SK: `REVIEW#${r.createdAt}#${r.id}` }),
  seed: () => ({ PK: 'META', SK: 'SEED' }),
  categoryPartition: (categoryId: string) => `CATEGORY#${categoryId}`,
};

type Item = Record<string, unknown>;

export const toItem = {
  category: (c: CategoryModel): Item => ({ ...keys.category(c.id), type: 'Category', ...c }),
  product: (p: ProductModel): Item => {
    const listing = `${p.createdAt}#${p.id}`;
    return {
      ...keys.product(p.id),
      type: 'Product',
      GSI1PK: keys.categoryPartition(p.categoryId),
      GSI1SK: listing,
      GSI2PK: keys.categoryPartition(p.topCategoryId),
      GSI2SK: listing,
      ...p,
    };
  },
  slug: (p: ProductModel): Item => ({ ...keys.slug(p.slug), type: 'Slug', productId: p.id }),
  variant: (v: VariantModel): Item => ({ ...keys.variant(v.sku), type: 'Variant', ...v }),
  review: (r: ReviewModel): Item => ({ ...keys.review(r), type: 'Review', ...r }),
};

function strip<T>(item: Item): T {
  const { PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, type, ...rest } = item;
  return rest as T;
}

export const fromItem = {
  category: (item: Item) => strip<CategoryModel>(item),
  product: (item: Item) => strip<ProductModel>(item),
  variant: (item: Item) => strip<VariantModel>(item),
  review: (item: Item) => strip<ReviewModel>(item),
};
