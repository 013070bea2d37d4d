/**
 * Turns the candidate rows of a batched graph answer into final lists: rank by score (ties by id, so
 * lists are stable), merge tiers in priority order, drop exclusions and duplicates, keep `first`.
 */
import type { CandidateRow } from './models.js';
import { BOUGHT_OVER_VIEWED } from './scoring.js';

type Scores = Map<string, number>;

/** Scores of `kind` rows for `key`, summed per candidate (with `weight`) into `into`. */
function collect(rows: readonly CandidateRow[], kind: string, key: string, weight = 1, into: Scores = new Map()): Scores {
  for (const row of rows) {
    if (row.kind !== kind || row.key !== key) continue;
    // Kuzu answers an empty collect() with null rather than [].
    const ids = row.productIds ?? [];
    const scores = row.scores ?? [];
    ids.forEach((id, i) => into.set(id, (into.get(id) ?? 0) + weight * (scores[i] ?? 0)));
  }
  return into;
}

function ranked(scores: Scores): string[] {
  return [...scores].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([id]) => id);
}

/** Concatenates tiers, best first within each, skipping excluded and already chosen ids. */
function mergeTiers(tiers: readonly Scores[], first: number, exclude: ReadonlySet<string>): string[] {
  const chosen = new Set<string>();
  for (const tier of tiers) {
    for (const id of ranked(tier)) {
      if (chosen.size === first) return [...chosen];
      if (!exclude.has(id)) chosen.add(id);
    }
  }
  return [...chosen];
}

/** alsoBought / alsoViewed: the association scores of one kind, nothing else mixed in. */
export function associated(rows: readonly CandidateRow[], kind: 'bought' | 'viewed', sourceId: string, first: number): string[] {
  return mergeTiers([collect(rows, kind, sourceId)], first, new Set([sourceId]));
}

/** similar: same-category products bought or viewed with the source, then the category's best-sellers. */
export function similar(rows: readonly CandidateRow[], sourceId: string, first: number): string[] {
  const signal = collect(rows, 'bought', sourceId, BOUGHT_OVER_VIEWED);
  collect(rows, 'viewed', sourceId, 1, signal);
  const categoryId = rows.find((r) => r.kind === 'category' && r.key === sourceId)?.productIds?.[0];
  const bestsellers = categoryId === undefined ? new Map() : collect(rows, 'bestsellers', categoryId);
  return mergeTiers([signal, bestsellers], first, new Set([sourceId]));
}

/** Personal picks: collaborative filtering, then trending in the customer's categories, then trending. */
export function personalPicks(rows: readonly CandidateRow[], customerId: string, first: number): string[] {
  const owned = new Set(collect(rows, 'owned', customerId).keys());
  const tiers = [collect(rows, 'similar', customerId), collect(rows, 'categoryTrending', customerId), collect(rows, 'trending', '')];
  return mergeTiers(tiers, first, owned);
}
