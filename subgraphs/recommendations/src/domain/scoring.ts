/**
 * The tunables of every ranking, passed to the shared queries as parameters.
 *
 * Recency: an event of age a weighs H / (H + a) (hyperbolic decay: 1 now, 1/2 at one half-life,
 * 1/5 at four). Associations (bought/viewed together) use a half-life of 180 days, so a two-year
 * history still counts but this season's baskets lead; trending uses 30 days. Hyperbolic rather than
 * exponential because it needs only arithmetic, which Kuzu, Neo4j and Neptune all evaluate alike.
 *
 * Normalisation: a co-occurrence count is divided by sqrt(popularity(candidate) + DAMPING), cosine
 * similarity without the source's own popularity (a constant within one list); the damping keeps a
 * product seen once next to the source from outranking a steady companion.
 */
export const DAY_MS = 86_400_000;
export const ASSOCIATION_HALF_LIFE_MS = 180 * DAY_MS;
export const TRENDING_HALF_LIFE_MS = 30 * DAY_MS;
export const POPULARITY_DAMPING = 10;

export function scoringParams(now: number) {
  return { now, halfLife: ASSOCIATION_HALF_LIFE_MS, trendHalfLife: TRENDING_HALF_LIFE_MS, damping: POPULARITY_DAMPING };
}

/** Weight of a similar-product candidate bought together with the source, relative to viewed together. */
export const BOUGHT_OVER_VIEWED = 2;
