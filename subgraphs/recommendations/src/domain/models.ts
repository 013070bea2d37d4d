/** Recommendations domain models: what resolvers pass around (codegen mapper targets). */

/** A key-only Product reference; the catalog subgraph resolves the rest. */
export interface ProductRef {
  id: string;
}

/** A key-only Customer reference; the account owner (orders) resolves the rest. */
export interface CustomerRef {
  id: string;
}

/** The list-valued fields served through batched graph queries. */
export type RecommendationField = 'alsoBought' | 'alsoViewed' | 'similar' | 'recommendedProducts';

/** One row of a batched graph answer: candidates for `key` of one `kind`, with aligned scores. */
export interface CandidateRow {
  kind: string;
  key: string;
  productIds: string[] | null;
  scores: number[] | null;
}
