import type { CypherParams, GraphStore, RelationshipBatch } from '../ports/GraphStore.js';
import * as Q from '../queries.js';
import {
  generateHistory,
  SEED_ORDER_PREFIX,
  SEED_SESSION_PREFIX,
  type PurchaseRow,
  type SeedCategory,
  type SeedProduct,
  type ViewRow,
} from './generate.js';

export interface SeedProgress {
  step: 'catalogue' | 'people' | 'purchases' | 'views' | 'counters';
  done: number;
  total: number;
}

export interface SeedOptions {
  /** The catalogue to build history over (from the catalog's generator in the stack). */
  products: readonly SeedProduct[];
  categories: readonly SeedCategory[];
  customers?: number;
  purchases?: number;
  /** Product views across anonymous browsing sessions; twice the purchases unless given. */
  views?: number;
  /** The end of the two-year history window (epoch ms); now unless given. */
  now?: number;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedResult {
  seeded: boolean;
  customers: number;
  purchases: number;
  views: number;
  ms: number;
}

const MARKER_ID = 'recommendations';
const NODE_BATCH = 2_000;
const EDGE_BATCH = 10_000;
const write = { mode: 'write' } as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Seeds a purchase and view history unless a completed seed is recorded (a SeedMarker node written
 * last). A seed interrupted half-way is run again from the start: nodes are MERGEd and the edges it
 * left are deleted first, so nothing is doubled.
 */
export async function seedRecommendations(store: GraphStore, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const { products, categories, customers = 5_000, purchases = 50_000, onProgress } = options;
  const views = options.views ?? purchases * 2;
  const [marker] = await store.run<{ customers: number; purchases: number; views: number }>(Q.SEED_MARKER, { id: MARKER_ID });
  if (marker) return { seeded: false, customers: marker.customers, purchases: marker.purchases, views: marker.views, ms: 0 };

  const history = generateHistory({ products, customers, purchases, views, now: options.now ?? Date.now() });
  const run = (cypher: string, params: CypherParams = {}) => store.run(cypher, params, write);

  const catalogueSteps = 4;
  await run(Q.UPSERT_CATEGORIES, { rows: categories.map(({ id, parentId }) => ({ id, parentId })) });
  await run(Q.LINK_CATEGORIES, { rows: categories.filter((c) => c.parentId !== null).map(({ id, parentId }) => ({ id, parentId })) });
  onProgress?.({ step: 'catalogue', done: 2, total: catalogueSteps });
  for (const batch of chunks(products, NODE_BATCH)) {
    await run(Q.UPSERT_PRODUCTS, { rows: batch.map(({ id, categoryId, topCategoryId }) => ({ id, categoryId, topCategoryId })) });
    await run(Q.LINK_PRODUCTS, { rows: batch.map(({ id, categoryId }) => ({ id, categoryId })) });
  }
  onProgress?.({ step: 'catalogue', done: catalogueSteps, total: catalogueSteps });

  const people = [...history.customerIds, ...history.sessionIds];
  let done = 0;
  for (const batch of chunks(history.customerIds, NODE_BATCH)) {
    await run(Q.UPSERT_CUSTOMERS, { ids: batch });
    onProgress?.({ step: 'people', done: (done += batch.length), total: people.length });
  }
  for (const batch of chunks(history.sessionIds, NODE_BATCH)) {
    await run(Q.UPSERT_SESSIONS, { ids: batch });
    onProgress?.({ step: 'people', done: (done += batch.length), total: people.length });
  }

  await run(Q.CLEAR_SEEDED_PURCHASES, { prefix: SEED_ORDER_PREFIX });
  await run(Q.CLEAR_SEEDED_VIEWS, { prefix: SEED_SESSION_PREFIX });
  await loadEdges(store, 'purchases', history.purchases, onProgress);
  await loadEdges(store, 'views', history.views, onProgress);

  await run(Q.RECOUNT_PURCHASES);
  await run(Q.RECOUNT_VIEWS);
  onProgress?.({ step: 'counters', done: 1, total: 1 });
  const result = { customers, purchases: history.purchases.length, views: history.views.length };
  await run(Q.MARK_SEEDED, { id: MARKER_ID, ...result, completedAt: new Date().toISOString() });
  return { seeded: true, ...result, ms: performance.now() - started };
}

async function loadEdges(
  store: GraphStore,
  step: 'purchases' | 'views',
  rows: readonly PurchaseRow[] | readonly ViewRow[],
  onProgress: SeedOptions['onProgress'],
): Promise<void> {
  let done = 0;
  for (const batch of chunks<PurchaseRow | ViewRow>(rows, EDGE_BATCH)) {
    const edges = (step === 'purchases'
      ? { type: 'PURCHASED', rows: batch as PurchaseRow[] }
      : { type: 'VIEWED', rows: batch as ViewRow[] }) satisfies RelationshipBatch;
    if (store.createRelationships) await store.createRelationships(edges);
    else await store.run(step === 'purchases' ? Q.CREATE_PURCHASES : Q.CREATE_VIEWS, { rows: batch }, write);
    onProgress?.({ step, done: (done += batch.length), total: rows.length });
  }
}
