import type { ProductModel, ReviewModel } from '../domain/models.js';
import type { Edge, PageInfo } from '../domain/paging.js';
import type { Facets } from '../ports/SearchIndex.js';

/** What list resolvers return; `ProductConnection.totalCount` runs `count` only when a client asks for it. */
export interface ProductConnectionModel {
  edges: Edge<ProductModel>[];
  pageInfo: PageInfo;
  count(): Promise<number>;
}

export interface ProductSearchModel {
  edges: Edge<ProductModel>[];
  pageInfo: PageInfo;
  totalCount: number;
  facets: Facets;
}

export interface ReviewConnectionModel {
  edges: Edge<ReviewModel>[];
  pageInfo: PageInfo;
  totalCount: number;
}
