import type { SearchDocument } from '../domain/models.js';

export interface ProductFilterInput {
  /** Matches products filed under this category or any of its subcategories. */
  categoryId?: string | null;
  brands?: readonly string[] | null;
  /** Inclusive lower bound on the product's lowest price, minor units. */
  minPrice?: number | null;
  /** Exclusive upper bound on the product's lowest price, minor units. */
  maxPrice?: number | null;
  /** Every listed attribute must match one of its values on at least one variant. */
  attributes?: readonly { name: string; values: readonly string[] }[] | null;
}

export interface SearchRequest {
  /** Free text; empty means "everything that passes the filter", newest first. */
  query: string;
  filter?: ProductFilterInput | null;
  offset: number;
  limit: number;
}

export interface Facets {
  categories: { value: string; label: string; count: number }[];
  brands: { value: string; count: number }[];
  priceRanges: { from: number; to: number | null; currencyCode: string; count: number }[];
  attributes: { name: string; values: { value: string; count: number }[] }[];
}

export interface SearchResponse {
  /** Product ids of the requested page, best match first. */
  ids: string[];
  /** Every match, not only the page. */
  totalCount: number;
  /** Computed over every match, not only the page. */
  facets: Facets;
}

/**
 * Full-text product search with facets. The embedded adapter keeps an in-process index built from the
 * catalog table at start and updated on writes; a deployment would put OpenSearch behind this port.
 */
export interface SearchIndex {
  /** Adds or replaces documents by product id. */
  upsert(documents: readonly SearchDocument[]): void;
  remove(productIds: readonly string[]): void;
  search(request: SearchRequest): SearchResponse;
  size(): number;
  /** Whether it holds every product (an index still being filled answers search with an error). */
  complete(): boolean;
}
