import { badUserInput } from '@commerce/lib';
import type { Context } from '../context.js';
import type { ProductModel } from '../domain/models.js';
import { checkFirst, decodeCursor, encodeCursor, isKeyPosition, pageInfo } from '../domain/paging.js';
import type { ReviewConnectionModel } from './connections.js';

export async function reviewsOf(
  ctx: Context,
  product: ProductModel,
  { first, after }: { first: number; after?: string | null },
): Promise<ReviewConnectionModel> {
  checkFirst(first, 'reviews');
  const position = decodeCursor(after, 'reviews', isKeyPosition(['PK', 'SK']));
  // Reviews of one product share its partition; no other product's reviews can be reached.
  if (position && position.PK !== `PRODUCT#${product.id}`) {
    throw badUserInput('reviews: `after` is a cursor from another product\'s reviews; omit it to start from the newest.');
  }
  const page = await ctx.ports.store.reviewsOfProduct(product.id, { first, after: position });
  const edges = page.items.map(({ item, position }) => ({ node: item, cursor: encodeCursor(position) }));
  return { edges, pageInfo: pageInfo(edges, page.hasNextPage), totalCount: product.ratingCount };
}
