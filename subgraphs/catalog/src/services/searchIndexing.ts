import { CategoryTree } from '../domain/categoryTree.js';
import type { ProductModel, ProductRecord, SearchDocument, VariantModel } from '../domain/models.js';
import type { ProductStore } from '../ports/ProductStore.js';
import type { SearchIndex } from '../ports/SearchIndex.js';

function toDocument(tree: CategoryTree, product: ProductModel, variants: VariantModel[]): SearchDocument {
  return { product, variants, categoryNames: tree.names(product.categoryId) };
}

/** Fills the search index from the table, at start; `onScanned` hears how many table items were read so far. */
export async function buildSearchIndex(store: ProductStore, index: SearchIndex, onScanned?: (items: number) => void): Promise<number> {
  const tree = new CategoryTree(await store.allCategories());
  for await (const batch of store.scanProducts(onScanned)) {
    index.upsert(batch.map(({ product, variants }) => toDocument(tree, product, variants)));
  }
  return index.size();
}

/** The catalog's write path: the table first (the system of record), then the index of this process. */
export async function saveProducts(store: ProductStore, index: SearchIndex, records: readonly ProductRecord[]): Promise<void> {
  await store.saveProducts(records);
  const tree = new CategoryTree(await store.allCategories());
  index.upsert(records.map(({ product, variants }) => toDocument(tree, product, variants)));
}
