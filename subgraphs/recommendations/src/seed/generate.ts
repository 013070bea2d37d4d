/**
 * A deterministic purchase and browsing history over a given catalogue, shaped so that the lists are
 * meaningful: customers favour 1-3 categories (category affinity), product popularity is Zipf-like,
 * orders hold related items, and activity grows towards the present over the last two years.
 */
import { createRandom, WeightedSampler, type Random } from './random.js';

export interface SeedProduct {
  id: string;
  /** The leaf category the product is filed under. */
  categoryId: string;
  /** Its top-level ancestor (the category itself when top-level). */
  topCategoryId: string;
}

export interface SeedCategory {
  id: string;
  parentId: string | null;
}

export interface PurchaseRow {
  customerId: string;
  productId: string;
  at: number;
  quantity: number;
  orderId: string;
}

export interface ViewRow {
  sessionId: string;
  productId: string;
  at: number;
}

export interface History {
  customerIds: string[];
  sessionIds: string[];
  purchases: PurchaseRow[];
  views: ViewRow[];
}

export const SEED_ORDER_PREFIX = 'seed-order-';
export const SEED_SESSION_PREFIX = 'seed-session-';
const SEED = 20_240_601;
const DAY = 86_400_000;
const SPAN = 730 * DAY;
const ORDER_SIZES = new WeightedSampler([1, 2, 3, 4], (n) => [50, 30, 15, 5][n - 1]!);
const QUANTITIES = new WeightedSampler([1, 2, 3], (n) => [85, 12, 3][n - 1]!);

export const customerId = (n: number) => `cust-${String(n).padStart(5, '0')}`;
const pad = (n: number) => String(n).padStart(6, '0');

/** More activity recently: ages skew towards zero. */
const ageOf = (random: Random) => Math.floor(SPAN * random.next() ** 1.5);

interface Catalogue {
  all: WeightedSampler<SeedProduct>;
  leaves: WeightedSampler<string>;
  byLeaf: Map<string, WeightedSampler<SeedProduct>>;
  leavesByTop: Map<string, string[]>;
}

function indexCatalogue(products: readonly SeedProduct[], random: Random): Catalogue {
  // Popularity rank is a seeded shuffle, so it is not correlated with product ids.
  const ranks = products.map((_, i) => i);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  const weight = new Map(products.map((p, i) => [p.id, 1 / (ranks[i]! + 5)]));
  const w = (p: SeedProduct) => weight.get(p.id)!;
  const grouped = new Map<string, SeedProduct[]>();
  for (const p of products) grouped.set(p.categoryId, [...(grouped.get(p.categoryId) ?? []), p]);
  const byLeaf = new Map([...grouped].map(([leaf, items]) => [leaf, new WeightedSampler(items, w)]));
  const leavesByTop = new Map<string, string[]>();
  for (const [leaf, items] of grouped) {
    const top = items[0]!.topCategoryId;
    leavesByTop.set(top, [...(leavesByTop.get(top) ?? []), leaf]);
  }
  return {
    all: new WeightedSampler(products, w),
    leaves: new WeightedSampler([...byLeaf.keys()], (leaf) => byLeaf.get(leaf)!.total),
    byLeaf,
    leavesByTop,
  };
}

/** A product for an order or session themed on `leaf`: mostly that category, some its siblings, some anything. */
function themedProduct(catalogue: Catalogue, leaf: string, random: Random): SeedProduct {
  const roll = random.next();
  if (roll < 0.7) return catalogue.byLeaf.get(leaf)!.draw(random);
  if (roll < 0.85) {
    const top = catalogue.byLeaf.get(leaf)!.items[0]!.topCategoryId;
    return catalogue.byLeaf.get(random.pick(catalogue.leavesByTop.get(top)!))!.draw(random);
  }
  return catalogue.all.draw(random);
}

/** Up to `count` different draws (fewer when the pool is small), in draw order. */
function distinct<T>(count: number, draw: () => T, key: (item: T) => string = String): T[] {
  const chosen = new Map<string, T>();
  for (let tries = 0; chosen.size < count && tries < count * 5; tries++) {
    const item = draw();
    if (!chosen.has(key(item))) chosen.set(key(item), item);
  }
  return [...chosen.values()];
}

const byId = (p: SeedProduct) => p.id;

export function generateHistory(options: {
  products: readonly SeedProduct[];
  customers: number;
  purchases: number;
  views: number;
  now: number;
}): History {
  const { products, customers, purchases, views, now } = options;
  if (products.length === 0) throw new RangeError('seedRecommendations needs at least one product');
  const random = createRandom(SEED);
  const catalogue = indexCatalogue(products, random);

  const people = Array.from({ length: customers }, (_, i) => ({
    id: customerId(i + 1),
    favourites: distinct(random.int(1, 3), () => catalogue.leaves.draw(random)),
    // Heavy-tailed activity: a few customers order far more often than most.
    activity: 1 / (0.05 + random.next()),
  }));
  const active = customers > 0 ? new WeightedSampler(people, (c) => c.activity) : undefined;

  const purchaseRows: PurchaseRow[] = [];
  for (let order = 1; active && purchaseRows.length < purchases; order++) {
    // Everyone orders at least once (while the budget lasts); then the active ones order again.
    const customer = order <= customers ? people[order - 1]! : active.draw(random);
    const theme = random.pick(customer.favourites);
    const size = Math.min(ORDER_SIZES.draw(random), purchases - purchaseRows.length);
    const at = now - ageOf(random);
    for (const product of distinct(size, () => themedProduct(catalogue, theme, random), byId)) {
      const quantity = QUANTITIES.draw(random);
      purchaseRows.push({ customerId: customer.id, productId: product.id, at, quantity, orderId: `${SEED_ORDER_PREFIX}${pad(order)}` });
    }
  }

  const viewRows: ViewRow[] = [];
  const sessionIds: string[] = [];
  while (viewRows.length < views) {
    const sessionId = `${SEED_SESSION_PREFIX}${pad(sessionIds.length + 1)}`;
    sessionIds.push(sessionId);
    const theme = catalogue.leaves.draw(random);
    let at = now - ageOf(random);
    const size = Math.min(random.int(3, 8), views - viewRows.length);
    for (const product of distinct(size, () => themedProduct(catalogue, theme, random), byId)) {
      viewRows.push({ sessionId, productId: product.id, at: Math.min(at, now) });
      at += random.int(20, 300) * 1000;
    }
  }

  return { customerIds: people.map((c) => c.id), sessionIds, purchases: purchaseRows, views: viewRows };
}
