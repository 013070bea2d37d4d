import { badUserInput } from '@commerce/lib';
import type { Context } from '../context.js';
import { checkFilter, isCategoryOnly } from '../domain/filter.js';
import type { CategoryModel, ProductModel } from '../domain/models.js';
import {
  checkFirst,
  decodeCursor,
  encodeCursor,
  isKeyPosition,
  isOffsetPosition,
  pageInfo,
  type Edge,
  type OffsetPosition,
} from '../domain/paging.js';
import type { ProductFilterInput } from '../ports/SearchIndex.js';
import type { ProductConnectionModel, ProductSearchModel } from './connections.js';

const MAX_QUERY_LENGTH = 200;

interface ListArgs {
  filter?: ProductFilterInput | null;
  first: number;
  after?: string | null;
}

/**
 * `Query.products`: a category alone is answered by the table's category indexes; any other filter by the
 * search index with an empty query. Both list newest first.
 */
export async function listProducts(ctx: Context, { filter, first, after }: ListArgs): Promise<ProductConnectionModel> {
  checkFirst(first, 'products');
  checkFilter(filter);
  if (!isCategoryOnly(filter)) {
    const result = await searchProducts(ctx, { query: '', filter, first, after }, 'products');
    return { edges: result.edges, pageInfo: result.pageInfo, count: async () => result.totalCount };
  }
  const category = (await ctx.loaders.categoryTree()).get(filter.categoryId);
  const index = category?.parentId === null ? 'GSI2' : 'GSI1';
  const position = decodeCursor(after, 'products', isKeyPosition(['PK', 'SK', `${index}PK`, `${index}SK`]));
  if (!category) return { edges: [], pageInfo: pageInfo([], false), count: async () => 0 };
  const page = await ctx.ports.store.productsInCategory(category, { first, after: position });
  const edges = page.items.map(({ item, position }) => ({ node: item, cursor: encodeCursor(position) }));
  for (const { node } of edges) ctx.loaders.productById.prime(node.id, node);
  return { edges, pageInfo: pageInfo(edges, page.hasNextPage), count: () => countInCategory(ctx, category) };
}

/**
 * The index counts a category in memory; the table reads every item of the category's index partition to
 * count it (35 more reads per page at 200k products, seconds on dynalite). The table answers while the
 * index is being filled.
 */
async function countInCategory(ctx: Context, category: CategoryModel): Promise<number> {
  const { search, store } = ctx.ports;
  if (!search.complete()) return store.countProductsInCategory(category);
  return search.search({ query: '', filter: { categoryId: category.id }, offset: 0, limit: 0 }).totalCount;
}

/** `Query.search`: ranked ids from the search index, hydrated from the store in one batch. */
export async function searchProducts(
  ctx: Context,
  { query, filter, first, after }: ListArgs & { query: string },
  field = 'search',
): Promise<ProductSearchModel> {
  checkFirst(first, field, { min: field === 'search' ? 0 : 1 });
  checkFilter(filter);
  if (query.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`search: \`query\` is at most ${MAX_QUERY_LENGTH} characters; got ${query.length}.`);
  }
  const offset = decodeCursor<OffsetPosition>(after, field, isOffsetPosition)?.o ?? 0;
  const result = ctx.ports.search.search({ query: query.trim(), filter, offset, limit: first });
  const products = await Promise.all(result.ids.map((id) => ctx.loaders.productById.load(id)));
  const edges: Edge<ProductModel>[] = [];
  products.forEach((product, i) => {
    // The index can briefly list a product the store no longer has; skip it rather than fail the page.
    if (product) edges.push({ node: product, cursor: encodeCursor({ o: offset + i + 1 }) });
  });
  return {
    edges,
    pageInfo: pageInfo(edges, offset + result.ids.length < result.totalCount),
    totalCount: result.totalCount,
    facets: result.facets,
  };
}
