import { describe, expect, it } from 'vitest';
import { generateHistory, type SeedProduct } from './generate.js';

const products: SeedProduct[] = ['a', 'b', 'c'].flatMap((top) =>
  ['x', 'y'].flatMap((leaf) =>
    Array.from({ length: 20 }, (_, n) => ({ id: `p-${top}${leaf}${n}`, categoryId: `cat-${top}-${leaf}`, topCategoryId: `cat-${top}` })),
  ),
);
const now = Date.UTC(2026, 0, 1);
const history = generateHistory({ products, customers: 200, purchases: 3_000, views: 2_000, now });
const topOf = new Map(products.map((p) => [p.id, p.topCategoryId]));

// Map.groupBy arrives with Node 21.
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}

describe('generateHistory', () => {
  it('is deterministic and exact in size', () => {
    expect(generateHistory({ products, customers: 200, purchases: 3_000, views: 2_000, now })).toEqual(history);
    expect(history.purchases).toHaveLength(3_000);
    expect(history.views).toHaveLength(2_000);
    expect(history.customerIds.slice(0, 2)).toEqual(['cust-00001', 'cust-00002']);
  });

  it('gives every customer an order, orders of 1-4 distinct products, within the last two years', () => {
    expect(new Set(history.purchases.map((p) => p.customerId)).size).toBe(200);
    const orders = groupBy(history.purchases, (p) => p.orderId);
    for (const lines of orders.values()) {
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(new Set(lines.map((l) => l.productId)).size).toBe(lines.length);
      expect(new Set(lines.map((l) => l.at)).size).toBe(1);
    }
    for (const { at } of [...history.purchases, ...history.views]) {
      expect(at).toBeLessThanOrEqual(now);
      expect(at).toBeGreaterThanOrEqual(now - 730 * 86_400_000);
    }
  });

  it('has category affinity and skewed popularity', () => {
    // Share of each customer's purchases in their most-bought top category: 1/3 if random.
    const byCustomer = groupBy(history.purchases, (p) => p.customerId);
    let focused = 0;
    for (const purchases of byCustomer.values()) {
      const counts = groupBy(purchases, (p) => topOf.get(p.productId));
      focused += Math.max(...[...counts.values()].map((c) => c.length)) / purchases.length;
    }
    expect(focused / byCustomer.size).toBeGreaterThan(0.7);
    const sales = [...groupBy(history.purchases, (p) => p.productId).values()].map((p) => p.length).sort((a, b) => b - a);
    const topTenth = sales.slice(0, products.length / 10).reduce((a, b) => a + b, 0);
    expect(topTenth / history.purchases.length).toBeGreaterThan(0.25);
  });
});
