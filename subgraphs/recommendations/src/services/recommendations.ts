import type { Context } from '../context.js';
import { checkFirst, checkId } from '../domain/limits.js';
import type { CandidateRow, ProductRef, RecommendationField } from '../domain/models.js';
import { associated, personalPicks, similar } from '../domain/ranking.js';
import { scoringParams } from '../domain/scoring.js';
import type { GraphStore } from '../ports/GraphStore.js';
import * as Q from '../queries.js';
import { translatingGraphFailures } from './graphErrors.js';

/**
 * The overall trending list is shared by all customers of a batch, so it runs deeper than `first`:
 * removing what a customer already owns must still leave `first`. Heavier buyers than that have
 * their category tier to fill from first.
 */
const TRENDING_SPARE = 100;

const FIELDS: Record<RecommendationField, { query: (first: number) => string; pick: (rows: CandidateRow[], key: string, first: number) => string[] }> = {
  alsoBought: { query: () => Q.ALSO_BOUGHT, pick: (rows, key, first) => associated(rows, 'bought', key, first) },
  alsoViewed: { query: () => Q.ALSO_VIEWED, pick: (rows, key, first) => associated(rows, 'viewed', key, first) },
  similar: { query: () => Q.SIMILAR, pick: similar },
  recommendedProducts: { query: (first) => Q.recommendedForCustomers(first + TRENDING_SPARE), pick: personalPicks },
};

/** One graph query for a whole batch of sources; lists come back in key order. */
export async function loadRecommendations(
  store: GraphStore,
  field: RecommendationField,
  first: number,
  keys: readonly string[],
  now: number,
): Promise<string[][]> {
  const { query, pick } = FIELDS[field];
  const rows = await store.run<CandidateRow & Record<string, unknown>>(query(first), { ...Q.batchParams(keys), ...scoringParams(now) });
  return keys.map((key) => pick(rows, key, first));
}

/** A recommendation field of one source, through the request's batching loader. */
export async function recommendationsFor(ctx: Context, field: RecommendationField, sourceId: string, first: number): Promise<ProductRef[]> {
  checkFirst(first);
  const ids = await translatingGraphFailures(() => ctx.loaders.recommendations(field, first).load(sourceId));
  return ids.map((id) => ({ id }));
}

export async function trendingProducts(ctx: Context, { categoryId, first }: { categoryId?: string | null; first: number }): Promise<ProductRef[]> {
  checkFirst(first);
  if (categoryId != null) checkId('categoryId', categoryId);
  const byCategory = categoryId != null;
  const rows = await translatingGraphFailures(() =>
    ctx.ports.graph.run<{ productId: string }>(Q.trending(first, byCategory), {
      ...scoringParams(ctx.now()),
      ...(byCategory ? { categoryId } : {}),
    }),
  );
  return rows.map((row) => ({ id: row.productId }));
}
