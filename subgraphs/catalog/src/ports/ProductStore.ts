import type { CategoryModel, ProductModel, ProductRecord, ReviewModel, VariantModel } from '../domain/models.js';
import type { KeyPosition } from '../domain/paging.js';

export interface Positioned<T> {
  item: T;
  /** Where a later page resumes after this item. */
  position: KeyPosition;
}

export interface StorePage<T> {
  items: Positioned<T>[];
  hasNextPage: boolean;
}

export interface SeedInfo {
  products: number;
  completedAt: string;
}

export interface PageRequest {
  first: number;
  after?: KeyPosition;
}

/**
 * The catalog's system of record. Lookups by key take many keys at once so that a DataLoader batch is
 * one store call; results come back as maps and missing keys are simply absent.
 */
export interface ProductStore {
  productsByIds(ids: readonly string[]): Promise<Map<string, ProductModel>>;
  productIdsBySlugs(slugs: readonly string[]): Promise<Map<string, string>>;
  variantsBySkus(skus: readonly string[]): Promise<Map<string, VariantModel>>;
  allCategories(): Promise<CategoryModel[]>;
  /** Products of a category (and, for a top-level category, of its subcategories), newest first. */
  productsInCategory(category: CategoryModel, page: PageRequest): Promise<StorePage<ProductModel>>;
  countProductsInCategory(category: CategoryModel): Promise<number>;
  /** Reviews of a product, newest first. */
  reviewsOfProduct(productId: string, page: PageRequest): Promise<StorePage<ReviewModel>>;
  /** Every product with its variants, in pages, for building the search index. */
  scanProducts(onScanned?: (items: number) => void): AsyncIterable<{ product: ProductModel; variants: VariantModel[] }[]>;
  saveCategories(categories: readonly CategoryModel[]): Promise<void>;
  /** Idempotent: writing the same record twice leaves one copy. */
  saveProducts(records: readonly ProductRecord[], onProgress?: (itemsWritten: number) => void): Promise<void>;
  /** Written last by a completed seed, so that a seed interrupted half-way is run again. */
  seedInfo(): Promise<SeedInfo | null>;
  recordSeed(info: SeedInfo): Promise<void>;
}
