/**
 * Every openCypher text the subgraph runs, shared by all adapters (Kuzu, Bolt, Neptune HTTPS).
 *
 * Kept inside the subset all three engines accept: no APOC, no CALL subqueries, no shortestPath, no
 * `%`/`^`, no list slicing or indexing (Kuzu indexes lists from 1), no exp/log (Kuzu's `log` is
 * base 10), integer division avoided with `1.0 *`, LIMIT only as a validated literal, and UNION only
 * in reads (Neptune rejects it in mutations). Sources are selected with `WHERE p.id IN $ids`
 * rather than `UNWIND $ids AS id MATCH (p {id: id})`: the same rows, but Kuzu plans the UNWIND form
 * as a hash join over the whole relationship table (measured 50 ms vs 6 ms for 48 ids). Multi-hop
 * paths are split with WITH so that every engine expands outward from the sources: written as one
 * pattern, Kuzu started from every session and took 800 ms instead of 35 ms for also-viewed.
 *
 * Batched reads return one row per source and kind with two aligned lists (candidate ids, scores):
 * per-group LIMIT is not expressible in the common subset, and Kuzu hands rows to JavaScript far
 * more slowly than lists, so ranking and slicing to `first` happen in TypeScript (domain/ranking.ts).
 * Scores are collected as `collect(1.0 * score)`: Kuzu types an aggregate that is aggregated again
 * as ANY, and UNION then refuses to line it up with the DOUBLE lists of the other branches.
 *
 * Recency: hyperbolic decay w(age) = H / (H + age), H the half-life in ms (`$halfLife` for
 * associations, `$trendHalfLife` for trending); only arithmetic, so every engine computes the same.
 */

const later = (a: string, b: string) => `CASE WHEN ${a} > ${b} THEN ${a} ELSE ${b} END`;
const decay = (at: string, halfLife: string) =>
  `(1.0 * ${halfLife} / (${halfLife} + CASE WHEN $now > ${at} THEN $now - ${at} ELSE 0 END))`;
/**
 * The popularity divisor, applied inside the sum (it is constant per candidate, so sum(w)/n = sum(w/n))
 * because Kuzu rejects an expression over an aggregate that is aggregated again.
 */
const norm = (count: string) => `sqrt(1.0 * coalesce(${count}, 0) + $damping)`;

/**
 * Kuzu 0.11 crashes (segfault) when one list parameter feeds `IN` in two UNION branches, so branch i
 * reads its own copy, `$ids{i}`; `batchParams` supplies them all.
 */
function unionAll(branches: readonly string[]): string {
  return branches.map((branch, i) => (i === 0 ? branch : branch.replaceAll('$ids', `$ids${i}`))).join('\nUNION ALL');
}

export function batchParams(ids: readonly string[]): { ids: string[]; ids1: string[]; ids2: string[]; ids3: string[] } {
  const list = [...ids];
  return { ids: list, ids1: list, ids2: list, ids3: list };
}

/** A LIMIT must be a literal on Neptune; only a validated integer is ever interpolated. */
export function literalLimit(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new RangeError(`LIMIT must be an integer from 1 to 10000, got ${n}`);
  return `LIMIT ${n}`;
}

/**
 * Also-bought, item to item: co-purchases of each source with every other product, one per customer
 * dated by the later of the two purchases and weighted by its recency, divided by
 * sqrt(purchaseCount(candidate) + $damping). That is cosine similarity with the source's own
 * popularity dropped (constant within one list) and a damping term, so best-sellers do not top every
 * list and a product bought once with the source does not outrank a steady companion.
 */
export const ALSO_BOUGHT = `
MATCH (p:Product)<-[r1:PURCHASED]-(c:Customer)
WHERE p.id IN $ids
WITH p, c, r1.at AS at1
MATCH (c)-[r2:PURCHASED]->(o:Product)
WHERE o.id <> p.id
WITH p, o, c, max(${later('at1', 'r2.at')}) AS at
WITH p.id AS key, o.id AS productId, sum(${decay('at', '$halfLife')} / ${norm('o.purchaseCount')}) AS score
RETURN 'bought' AS kind, key, collect(productId) AS productIds, collect(1.0 * score) AS scores`;

/** Also-viewed: the same measure over browsing sessions (one VIEWED edge per session and product). */
export const ALSO_VIEWED = `
MATCH (p:Product)<-[r1:VIEWED]-(s:Session)
WHERE p.id IN $ids
WITH p, s, r1.at AS at1
MATCH (s)-[r2:VIEWED]->(o:Product)
WHERE o.id <> p.id
WITH p.id AS key, o.id AS productId, sum(${decay(later('at1', 'r2.at'), '$halfLife')} / ${norm('o.viewCount')}) AS score
RETURN 'viewed' AS kind, key, collect(productId) AS productIds, collect(1.0 * score) AS scores`;

/** Recent sales of each product in the categories of the sources (the fill for `similar`). */
const CATEGORY_BESTSELLERS = `
MATCH (p:Product)-[:IN_CATEGORY]->(c:Category)
WHERE p.id IN $ids
WITH DISTINCT c
MATCH (c)<-[:IN_CATEGORY]-(o:Product)
OPTIONAL MATCH (o)<-[r:PURCHASED]-(:Customer)
WITH c.id AS key, o.id AS productId,
     sum(CASE WHEN r.at IS NULL THEN 0.0 ELSE ${decay('r.at', '$trendHalfLife')} END) AS score
RETURN 'bestsellers' AS kind, key, collect(productId) AS productIds, collect(1.0 * score) AS scores`;

/**
 * Similar: products of the same (leaf) category. Rows of kind `bought`/`viewed` carry the
 * association signal restricted to that category, `category` maps each source to its category and
 * `bestsellers` ranks the category by recent sales for the fill.
 */
export const SIMILAR = unionAll([
  ALSO_BOUGHT.replace('WHERE o.id <> p.id', 'WHERE o.id <> p.id AND o.categoryId = p.categoryId'),
  ALSO_VIEWED.replace('WHERE o.id <> p.id', 'WHERE o.id <> p.id AND o.categoryId = p.categoryId'),
  `
MATCH (p:Product)-[:IN_CATEGORY]->(c:Category)
WHERE p.id IN $ids
RETURN 'category' AS kind, p.id AS key, [c.id] AS productIds, [0.0] AS scores`,
  CATEGORY_BESTSELLERS,
]);

/** Sales of every product, most recent weighing most; `filter` narrows to a category. */
function trendingScores(filter: string): string {
  return `
MATCH (o:Product)<-[r:PURCHASED]-(:Customer)
${filter}
WITH o.id AS productId, sum(${decay('r.at', '$trendHalfLife')}) AS score`;
}

/** Trending overall or in a category (a top-level category includes its subcategories). */
export function trending(first: number, byCategory: boolean): string {
  const filter = byCategory ? 'WHERE o.categoryId = $categoryId OR o.topCategoryId = $categoryId' : '';
  return `${trendingScores(filter)}
RETURN productId, score
ORDER BY score DESC, productId
${literalLimit(first)}`;
}

/**
 * Personal picks for customers, as tiers the domain merges in order: `owned` (to exclude),
 * `similar` (item-based collaborative filtering: for each product the customer bought, its
 * normalised co-purchases, summed), `categoryTrending` (trending in the top-level categories the
 * customer bought or browsed in) and `trending` overall. The overall list is not per customer, so it
 * carries `trendingDepth` entries: enough to fill `first` after removing what the customer owns.
 */
export function recommendedForCustomers(trendingDepth: number): string {
  return unionAll([
    `
MATCH (c:Customer)-[:PURCHASED]->(p:Product)
WHERE c.id IN $ids
WITH DISTINCT c.id AS key, p.id AS productId
RETURN 'owned' AS kind, key, collect(productId) AS productIds, collect(0.0) AS scores`,
    `
MATCH (c:Customer)-[:PURCHASED]->(p:Product)
WHERE c.id IN $ids
WITH DISTINCT c, p
MATCH (p)<-[r2:PURCHASED]-(x:Customer)
WHERE x.id <> c.id
WITH c, p, x, r2.at AS at2
MATCH (x)-[r3:PURCHASED]->(o:Product)
WHERE o.id <> p.id
WITH c, p, o, x, max(${later('at2', 'r3.at')}) AS at
WITH c.id AS key, o.id AS productId, sum(${decay('at', '$halfLife')} / ${norm('p.purchaseCount')} / ${norm('o.purchaseCount')}) AS score
RETURN 'similar' AS kind, key, collect(productId) AS productIds, collect(1.0 * score) AS scores`,
    `
MATCH (c:Customer)-[:PURCHASED|VIEWED]->(p:Product)
WHERE c.id IN $ids
WITH DISTINCT c.id AS key, p.topCategoryId AS categoryId
MATCH (o:Product)<-[r:PURCHASED]-(:Customer)
WHERE o.topCategoryId = categoryId
WITH key, o.id AS productId, sum(${decay('r.at', '$trendHalfLife')}) AS score
RETURN 'categoryTrending' AS kind, key, collect(productId) AS productIds, collect(1.0 * score) AS scores`,
    `${trendingScores('')}
ORDER BY score DESC, productId
${literalLimit(trendingDepth)}
RETURN 'trending' AS kind, '' AS key, collect(productId) AS productIds, collect(1.0 * score) AS scores`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Writes. Idempotent: MERGE on natural keys, counters bumped only ON CREATE of the edge they count.

/** One confirmed order; `$lines` holds one entry per product (quantities summed beforehand). */
export const RECORD_ORDER = `
MERGE (c:Customer {id: $customerId})
WITH c
UNWIND $lines AS line
MERGE (p:Product {id: line.productId})
MERGE (c)-[r:PURCHASED {orderId: $orderId}]->(p)
ON CREATE SET r.at = $at, r.quantity = line.quantity, p.purchaseCount = coalesce(p.purchaseCount, 0) + 1
RETURN count(*) AS lines`;

/** A session viewed a product; only products the graph knows are recorded (returns no row otherwise). */
export const RECORD_SESSION_VIEW = `
MATCH (p:Product {id: $productId})
MERGE (s:Session {id: $sessionId})
MERGE (s)-[v:VIEWED]->(p)
ON CREATE SET v.at = $at, p.viewCount = coalesce(p.viewCount, 0) + 1
ON MATCH SET v.at = $at
RETURN p.id AS productId`;

/** The signed-in customer behind the session viewed it too (feeds their category affinity). */
export const RECORD_CUSTOMER_VIEW = `
MATCH (p:Product {id: $productId})
MERGE (c:Customer {id: $customerId})
MERGE (c)-[v:VIEWED]->(p)
ON CREATE SET v.at = $at
ON MATCH SET v.at = $at
RETURN p.id AS productId`;

// ---------------------------------------------------------------------------------------------------
// Seed. Node upserts are cheap everywhere; the bulk relationships go through the store's
// createRelationships fast path when it has one, else through CREATE_PURCHASES / CREATE_VIEWS.

export const SEED_MARKER = `
MATCH (m:SeedMarker {id: $id})
RETURN m.customers AS customers, m.purchases AS purchases, m.views AS views, m.completedAt AS completedAt`;

export const MARK_SEEDED = `
MERGE (m:SeedMarker {id: $id})
SET m.customers = $customers, m.purchases = $purchases, m.views = $views, m.completedAt = $completedAt`;

export const UPSERT_CATEGORIES = `
UNWIND $rows AS row
MERGE (c:Category {id: row.id})
SET c.parentId = row.parentId`;

export const LINK_CATEGORIES = `
UNWIND $rows AS row
MATCH (c:Category {id: row.id}), (parent:Category {id: row.parentId})
MERGE (c)-[:CHILD_OF]->(parent)`;

export const UPSERT_PRODUCTS = `
UNWIND $rows AS row
MERGE (p:Product {id: row.id})
SET p.categoryId = row.categoryId, p.topCategoryId = row.topCategoryId`;

export const LINK_PRODUCTS = `
UNWIND $rows AS row
MATCH (p:Product {id: row.id}), (c:Category {id: row.categoryId})
MERGE (p)-[:IN_CATEGORY]->(c)`;

export const UPSERT_CUSTOMERS = `UNWIND $ids AS id MERGE (:Customer {id: id})`;
export const UPSERT_SESSIONS = `UNWIND $ids AS id MERGE (:Session {id: id})`;

/** A seed interrupted half-way left some of its edges; they are removed before loading again. */
export const CLEAR_SEEDED_PURCHASES = `
MATCH (:Customer)-[r:PURCHASED]->(:Product)
WHERE r.orderId STARTS WITH $prefix
DELETE r`;

export const CLEAR_SEEDED_VIEWS = `
MATCH (s:Session)-[r:VIEWED]->(:Product)
WHERE s.id STARTS WITH $prefix
DELETE r`;

export const CREATE_PURCHASES = `
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId}), (p:Product {id: row.productId})
CREATE (c)-[:PURCHASED {at: row.at, quantity: row.quantity, orderId: row.orderId}]->(p)`;

export const CREATE_VIEWS = `
UNWIND $rows AS row
MATCH (s:Session {id: row.sessionId}), (p:Product {id: row.productId})
CREATE (s)-[:VIEWED {at: row.at}]->(p)`;

/** Counters are recomputed from the edges after a bulk load, so they are exact whatever was there before. */
export const RECOUNT_PURCHASES = `
MATCH (p:Product)
OPTIONAL MATCH (p)<-[r:PURCHASED]-(:Customer)
WITH p, count(r) AS n
SET p.purchaseCount = n`;

export const RECOUNT_VIEWS = `
MATCH (p:Product)
OPTIONAL MATCH (p)<-[v:VIEWED]-(:Session)
WITH p, count(v) AS n
SET p.viewCount = n`;
