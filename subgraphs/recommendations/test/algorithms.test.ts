import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KuzuGraphStore } from '../src/adapters/kuzu/KuzuGraphStore.js';
import { DAY_MS } from '../src/domain/scoring.js';
import * as Q from '../src/queries.js';
import { loadRecommendations } from '../src/services/recommendations.js';
import { NOW } from './harness.js';

/**
 * A hand-built graph where each ranking rule decides the order, run through the shared queries on Kuzu:
 * `src` is bought with `niche` (3 customers, niche sold 3 times), with `best` (4 customers, best
 * sold 64 times), with `recent` (2 customers, now) and with `old` (2 customers, two years ago).
 */
let graph: KuzuGraphStore;
const write = { mode: 'write' } as const;

async function buy(customerId: string, productIds: string[], at = NOW) {
  await graph.run(Q.UPSERT_CUSTOMERS, { ids: [customerId] }, write);
  const rows = productIds.map((productId) => ({ customerId, productId, at, quantity: 1, orderId: `o-${customerId}` }));
  await graph.run(Q.CREATE_PURCHASES, { rows }, write);
}

async function view(sessionId: string, productIds: string[]) {
  await graph.run(Q.UPSERT_SESSIONS, { ids: [sessionId] }, write);
  await graph.run(Q.CREATE_VIEWS, { rows: productIds.map((productId) => ({ sessionId, productId, at: NOW })) }, write);
}

beforeAll(async () => {
  graph = await KuzuGraphStore.open({ path: ':memory:' });
  const leaves: Record<string, string[]> = {
    'cat-t-1': ['src', 'niche', 'best', 'recent', 'old', 't1a'],
    'cat-t-2': ['t2a', 't2b'],
    'cat-u-1': ['u1', 'u2'],
    'cat-v-1': ['rare-view', 'popular-view'],
  };
  await graph.run(Q.UPSERT_CATEGORIES, { rows: [...['cat-t', 'cat-u', 'cat-v'].map((id) => ({ id, parentId: null })), ...Object.keys(leaves).map((id) => ({ id, parentId: id.slice(0, 5) }))] }, write);
  const products = Object.entries(leaves).flatMap(([categoryId, ids]) => ids.map((id) => ({ id, categoryId, topCategoryId: categoryId.slice(0, 5) })));
  await graph.run(Q.UPSERT_PRODUCTS, { rows: products }, write);
  await graph.run(Q.LINK_PRODUCTS, { rows: products }, write);
  for (let i = 0; i < 3; i++) await buy(`n${i}`, ['src', 'niche']);
  for (let i = 0; i < 4; i++) await buy(`b${i}`, ['src', 'best']);
  for (let i = 0; i < 60; i++) await buy(`solo${i}`, ['best']);
  for (let i = 0; i < 2; i++) await buy(`r${i}`, ['src', 'recent']);
  for (let i = 0; i < 2; i++) await buy(`o${i}`, ['src', 'old'], NOW - 730 * DAY_MS);
  for (const [id, buyers] of [['t1a', 5], ['t2a', 3], ['t2b', 1], ['u1', 8], ['u2', 2]] as const) {
    for (let i = 0; i < buyers; i++) await buy(`${id}-${i}`, [id]);
  }
  await buy('me', ['src']);
  for (let i = 0; i < 2; i++) await view(`s-rare-${i}`, ['src', 'rare-view']);
  for (let i = 0; i < 3; i++) await view(`s-pop-${i}`, ['src', 'popular-view']);
  for (let i = 0; i < 40; i++) await view(`s-other-${i}`, ['popular-view']);
  await graph.run(Q.RECOUNT_PURCHASES, {}, write);
  await graph.run(Q.RECOUNT_VIEWS, {}, write);
});
afterAll(() => graph?.close());

const list = async (field: Parameters<typeof loadRecommendations>[1], key: string, first = 10) =>
  (await loadRecommendations(graph, field, first, [key], NOW))[0];

describe('ranking rules on the shared queries', () => {
  it('alsoBought normalises by popularity and weighs recent co-purchases more', async () => {
    // Raw co-counts would give best (4) > niche (3) > recent = old (2).
    expect(await list('alsoBought', 'src')).toEqual(['niche', 'recent', 'best', 'old']);
  });

  it('alsoViewed normalises by how often the candidate is viewed', async () => {
    expect(await list('alsoViewed', 'src')).toEqual(['rare-view', 'popular-view']);
  });

  it('similar keeps to the category: signal first, then the category’s best sellers', async () => {
    expect(await list('similar', 'src')).toEqual(['niche', 'recent', 'best', 'old', 't1a']);
    expect(await list('similar', 'src', 2)).toEqual(['niche', 'recent']);
  });

  it('personal picks: collaborative filtering, then trending in the customer’s categories, then overall', async () => {
    expect(await list('recommendedProducts', 'me', 8)).toEqual(['niche', 'recent', 'best', 'old', 't1a', 't2a', 't2b', 'u1']);
  });

  it('trending favours recent sales, overall and within a category', async () => {
    const trending = await graph.run<{ productId: string }>(Q.trending(3, false), { now: NOW, trendHalfLife: 30 * DAY_MS });
    expect(trending.map((r) => r.productId)).toEqual(['best', 'src', 'u1']);
    const inCategory = await graph.run<{ productId: string }>(Q.trending(2, true), { now: NOW, trendHalfLife: 30 * DAY_MS, categoryId: 'cat-u' });
    expect(inCategory.map((r) => r.productId)).toEqual(['u1', 'u2']);
  });
});
