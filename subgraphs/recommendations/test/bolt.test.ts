import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, noAuth } from '../src/adapters/bolt/authTokens.js';
import { BoltGraphStore } from '../src/adapters/bolt/BoltGraphStore.js';
import * as Q from '../src/queries.js';
import { loadRecommendations } from '../src/services/recommendations.js';
import { NOW } from './harness.js';

/**
 * The shared queries against a real Neo4j or Memgraph over Bolt. Runs only when NEO4J_URI is set
 * (with NEO4J_USER / NEO4J_PASSWORD when the server needs them); every node it writes carries a
 * run-unique id prefix and is removed afterwards, so it can share a database.
 */
const uri = process.env.NEO4J_URI;
const prefix = `rt-${randomUUID().slice(0, 8)}-`;
const id = (name: string) => `${prefix}${name}`;
const write = { mode: 'write' } as const;
let store: BoltGraphStore;

describe.skipIf(!uri)('bolt adapter against a real server (skipped: set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run)', () => {
  beforeAll(async () => {
    const user = process.env.NEO4J_USER;
    store = new BoltGraphStore({ uri: uri!, auth: user ? basicAuth(user, process.env.NEO4J_PASSWORD ?? '') : noAuth(), queryTimeoutMs: 10_000 });
    const products = ['src', 'niche', 'best', 'other'].map((name) => ({ id: id(name), categoryId: id('cat'), topCategoryId: id('top') }));
    await store.run(Q.UPSERT_CATEGORIES, { rows: [{ id: id('top'), parentId: null }, { id: id('cat'), parentId: id('top') }] }, write);
    await store.run(Q.LINK_CATEGORIES, { rows: [{ id: id('cat'), parentId: id('top') }] }, write);
    await store.run(Q.UPSERT_PRODUCTS, { rows: products }, write);
    await store.run(Q.LINK_PRODUCTS, { rows: products }, write);
    const order = (customer: string, names: string[], n: number) =>
      store.run(Q.RECORD_ORDER, { customerId: id(customer), orderId: id(`o-${customer}-${n}`), at: NOW, lines: names.map((name) => ({ productId: id(name), quantity: 1 })) }, write);
    for (let i = 0; i < 2; i++) await order(`n${i}`, ['src', 'niche'], i);
    for (let i = 0; i < 3; i++) await order(`b${i}`, ['src', 'best'], i);
    for (let i = 0; i < 30; i++) await order(`solo${i}`, ['best'], i);
    await order('me', ['src'], 0);
    for (let i = 0; i < 2; i++) {
      for (const name of ['src', 'other']) await store.run(Q.RECORD_SESSION_VIEW, { productId: id(name), sessionId: id(`s${i}`), at: NOW }, write);
    }
  });

  afterAll(async () => {
    await store?.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }, write);
    await store?.close();
  });

  it('ranks alsoBought with normalisation, alsoViewed and similar, and personal picks', async () => {
    const one = async (field: Parameters<typeof loadRecommendations>[1], key: string) => (await loadRecommendations(store, field, 5, [key], NOW))[0];
    expect(await one('alsoBought', id('src'))).toEqual([id('niche'), id('best')]);
    expect(await one('alsoViewed', id('src'))).toEqual([id('other')]);
    expect(await one('similar', id('src'))).toEqual([id('niche'), id('best'), id('other')]);
    const picks = await one('recommendedProducts', id('me'));
    expect(picks!.slice(0, 2)).toEqual([id('niche'), id('best')]);
    expect(picks).not.toContain(id('src'));
  });

  it('records an order once however often it is delivered', async () => {
    const record = () =>
      store.run(Q.RECORD_ORDER, { customerId: id('twice'), orderId: id('o-twice'), at: NOW, lines: [{ productId: id('other'), quantity: 2 }] }, write);
    await record();
    await record();
    const rows = await store.run<{ n: number; count: number }>(
      'MATCH (:Customer {id: $c})-[r:PURCHASED]->(p:Product) RETURN count(r) AS n, max(p.purchaseCount) AS count',
      { c: id('twice') },
    );
    expect(rows).toEqual([{ n: 1, count: 1 }]);
  });

  it('runs trending with a literal LIMIT', async () => {
    const rows = await store.run(Q.trending(3, true), { now: NOW, trendHalfLife: 30 * 86_400_000, categoryId: id('top') });
    expect(rows.map((r) => r['productId'])).toEqual([id('best'), id('src'), id('niche')]);
  });
});
