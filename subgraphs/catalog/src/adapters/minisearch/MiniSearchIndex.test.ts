import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../domain/models.js';
import type { SearchRequest } from '../../ports/SearchIndex.js';
import { MiniSearchIndex } from './MiniSearchIndex.js';

const CATEGORIES: Record<string, { top: [string, string]; leaf: [string, string] }> = {
  jackets: { top: ['cat-clothing', 'Clothing'], leaf: ['cat-jackets', 'Jackets'] },
  tees: { top: ['cat-clothing', 'Clothing'], leaf: ['cat-tees', 'T-Shirts'] },
  footwear: { top: ['cat-clothing', 'Clothing'], leaf: ['cat-footwear', 'Footwear'] },
  kitchen: { top: ['cat-home', 'Home'], leaf: ['cat-kitchen', 'Kitchen'] },
  audio: { top: ['cat-electronics', 'Electronics'], leaf: ['cat-audio', 'Audio'] },
};

interface DocSpec {
  id: string;
  name: string;
  brand: string;
  category: keyof typeof CATEGORIES;
  price: number;
  createdAt: string;
  description?: string;
  /** One entry per variant. */
  variants?: Record<string, string>[];
}

function doc(spec: DocSpec): SearchDocument {
  const { top, leaf } = CATEGORIES[spec.category]!;
  const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD' });
  const variants = (spec.variants ?? [{}]).map((attributes, i) => ({
    sku: `${spec.id}-${i}`,
    productId: spec.id,
    name: spec.name,
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
    price: usd(spec.price),
  }));
  return {
    product: {
      id: spec.id,
      slug: spec.id,
      name: spec.name,
      description: spec.description ?? '',
      brand: spec.brand,
      categoryId: leaf[0],
      topCategoryId: top[0],
      images: [],
      skus: variants.map((variant) => variant.sku),
      priceMin: usd(spec.price),
      priceMax: usd(spec.price),
      ratingAverage: 0,
      ratingCount: 0,
      createdAt: spec.createdAt,
    },
    variants,
    categoryNames: [top[1], leaf[1]],
  };
}

const DOCS = [
  doc({
    id: 'p1', name: 'Alpine Down Jacket', brand: 'Northpeak', category: 'jackets', price: 12900,
    createdAt: '2024-01-05T00:00:00Z', description: 'Warm insulated jacket for winter.',
    variants: [{ color: 'Red', size: 'M' }, { color: 'Blue', size: 'L' }],
  }),
  doc({
    id: 'p2', name: 'Trail Rain Jacket', brand: 'Northpeak', category: 'jackets', price: 8900,
    createdAt: '2024-03-01T00:00:00Z', variants: [{ color: 'Green', size: 'S' }, { color: 'Green', size: 'M' }],
  }),
  doc({
    id: 'p3', name: 'Cotton Crew Tee', brand: 'Basics Co', category: 'tees', price: 1500,
    createdAt: '2024-02-10T00:00:00Z', description: 'Soft and light, wear it under any jacket.',
    variants: [{ color: 'Red', size: 'S' }, { color: 'Red', size: 'M' }, { color: 'White', size: 'L' }],
  }),
  doc({
    id: 'p4', name: 'Espresso Machine Pro', brand: 'Brewmaster', category: 'kitchen', price: 34900,
    createdAt: '2023-12-01T00:00:00Z', variants: [{ color: 'Silver' }],
  }),
  doc({
    id: 'p5', name: 'Ceramic Pour-Over Set', brand: 'Brewmaster', category: 'kitchen', price: 2500,
    createdAt: '2024-04-01T00:00:00Z', variants: [{ color: 'White' }],
  }),
  doc({
    id: 'p6', name: 'Leather Hiking Boots', brand: 'Northpeak', category: 'footwear', price: 24999,
    createdAt: '2024-05-01T00:00:00Z', variants: [{ color: 'Brown', size: '42' }, { color: 'Brown', size: '43' }],
  }),
  doc({
    id: 'p7', name: 'Studio Headphones', brand: 'Sonica', category: 'audio', price: 59900,
    createdAt: '2024-01-20T00:00:00Z', variants: [{ color: 'Black' }],
  }),
  doc({
    id: 'p8', name: 'Wireless Earbuds', brand: 'Sonica', category: 'audio', price: 4999,
    createdAt: '2024-01-20T00:00:00Z', variants: [{ color: 'Black' }],
  }),
];

const NEWEST_FIRST = ['p6', 'p5', 'p2', 'p3', 'p7', 'p8', 'p1', 'p4'];

let index: MiniSearchIndex;

beforeEach(() => {
  index = new MiniSearchIndex();
  index.upsert(DOCS);
});

function search(query: string, rest: Partial<SearchRequest> = {}) {
  return index.search({ query, offset: 0, limit: 50, ...rest });
}

const ids = (query: string, rest: Partial<SearchRequest> = {}) => search(query, rest).ids;

describe('text search', () => {
  it('finds products by name, brand, category and attribute value', () => {
    expect(ids('espresso')).toEqual(['p4']);
    expect(ids('sonica').sort()).toEqual(['p7', 'p8']);
    expect(ids('kitchen').sort()).toEqual(['p4', 'p5']);
    expect(ids('silver')).toEqual(['p4']);
  });

  it('ranks a name match above a description-only match', () => {
    const result = ids('jacket');
    expect([...result].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(result.at(-1)).toBe('p3');
    // Without the name boost the short description would win on term frequency.
    index.upsert([
      doc({ id: 'n1', name: 'Canvas Tote', brand: 'Bagworks', category: 'kitchen', price: 900, createdAt: '2024-01-01', description: 'A roomy everyday bag with a zip pocket.' }),
      doc({ id: 'n2', name: 'Leather Wallet', brand: 'Bagworks', category: 'kitchen', price: 900, createdAt: '2024-01-01', description: 'Canvas lining, canvas pull tab.' }),
    ]);
    expect(ids('canvas')).toEqual(['n1', 'n2']);
  });

  it('breaks score ties by id', () => {
    const twin = (id: string) => doc({ id, name: 'Canvas Tote', brand: 'Bagworks', category: 'kitchen', price: 900, createdAt: '2024-01-01' });
    index.upsert([twin('t2'), twin('t3'), twin('t1')]);
    expect(ids('tote')).toEqual(['t1', 't2', 't3']);
  });

  it('matches word prefixes of three letters or more', () => {
    expect(ids('espr')).toEqual(['p4']);
    expect(ids('hea')).toEqual(['p7']);
    expect(ids('he')).toEqual([]);
  });

  it('tolerates a typo in words of four letters or more, not in shorter ones', () => {
    expect(ids('jaket').sort()).toEqual(['p1', 'p2', 'p3']);
    expect(ids('headphnes')).toEqual(['p7']);
    expect(ids('tea')).toEqual([]);
  });

  it('requires every word to match', () => {
    // p2 is a jacket but not red; p3 mentions a jacket and comes in red.
    expect(ids('red jacket')).toEqual(['p1', 'p3']);
  });

  it('falls back to any word when no product matches all of them', () => {
    expect(ids('jacket espresso').sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('falls back to any word when no product passing the filter matches all of them', () => {
    // Only p3 (Basics Co) mentions a jacket and comes in white.
    expect(ids('white jacket')).toEqual(['p3']);
    expect(ids('white jacket', { filter: { brands: ['Northpeak'] } }).sort()).toEqual(['p1', 'p2']);
  });

  it('treats a query without words as empty', () => {
    expect(ids('  !? ')).toEqual(NEWEST_FIRST);
  });
});

describe('filters', () => {
  it('matches a category as leaf or top-level', () => {
    expect(ids('', { filter: { categoryId: 'cat-jackets' } }).sort()).toEqual(['p1', 'p2']);
    expect(ids('', { filter: { categoryId: 'cat-clothing' } }).sort()).toEqual(['p1', 'p2', 'p3', 'p6']);
    expect(ids('', { filter: { categoryId: 'cat-nothing' } })).toEqual([]);
  });

  it('matches any of the brands', () => {
    expect(ids('', { filter: { brands: ['Sonica', 'Brewmaster'] } }).sort()).toEqual(['p4', 'p5', 'p7', 'p8']);
    expect(ids('', { filter: { brands: [] } })).toHaveLength(DOCS.length);
  });

  it('bounds the lowest price inclusively below and exclusively above', () => {
    expect(ids('', { filter: { minPrice: 2500, maxPrice: 5000 } }).sort()).toEqual(['p5', 'p8']);
    expect(ids('', { filter: { maxPrice: 2500 } })).toEqual(['p3']);
    expect(ids('', { filter: { minPrice: 59900 } })).toEqual(['p7']);
  });

  it('requires each attribute to match one of its values on some variant', () => {
    expect(ids('', { filter: { attributes: [{ name: 'color', values: ['Red', 'White'] }] } }).sort()).toEqual(['p1', 'p3', 'p5']);
    const redAndLarge = { attributes: [{ name: 'color', values: ['Red'] }, { name: 'size', values: ['L'] }] };
    expect(ids('', { filter: redAndLarge }).sort()).toEqual(['p1', 'p3']);
    expect(ids('', { filter: { attributes: [{ name: 'size', values: ['Red'] }] } })).toEqual([]);
  });

  it('applies to text matches too', () => {
    expect(ids('jacket', { filter: { brands: ['Basics Co'] } })).toEqual(['p3']);
  });
});

describe('ordering and paging', () => {
  it('lists everything newest first for an empty query, ties by id', () => {
    expect(ids('')).toEqual(NEWEST_FIRST);
  });

  it('keeps browse order correct after writes', () => {
    expect(ids('')[0]).toBe('p6');
    index.upsert([doc({ id: 'p0', name: 'New Arrival', brand: 'Sonica', category: 'audio', price: 100, createdAt: '2025-01-01T00:00:00Z' })]);
    expect(ids('')[0]).toBe('p0');
  });

  it('pages with offset and limit and counts every match', () => {
    expect(search('', { offset: 2, limit: 3 })).toMatchObject({ ids: NEWEST_FIRST.slice(2, 5), totalCount: 8 });
    expect(search('', { offset: 8, limit: 3 })).toMatchObject({ ids: [], totalCount: 8 });
    const all = ids('jacket');
    expect(search('jacket', { offset: 1, limit: 1 })).toMatchObject({ ids: [all[1]], totalCount: 3 });
  });
});

describe('facets', () => {
  it('counts categories, brands, price buckets and attribute values over every match', () => {
    const { facets } = search('', { limit: 1 });
    expect(facets.categories).toEqual([
      { value: 'cat-audio', label: 'Audio', count: 2 },
      { value: 'cat-jackets', label: 'Jackets', count: 2 },
      { value: 'cat-kitchen', label: 'Kitchen', count: 2 },
      { value: 'cat-footwear', label: 'Footwear', count: 1 },
      { value: 'cat-tees', label: 'T-Shirts', count: 1 },
    ]);
    expect(facets.brands).toEqual([
      { value: 'Northpeak', count: 3 },
      { value: 'Brewmaster', count: 2 },
      { value: 'Sonica', count: 2 },
      { value: 'Basics Co', count: 1 },
    ]);
    expect(facets.priceRanges).toEqual([
      { from: 0, to: 2500, currencyCode: 'USD', count: 1 },
      { from: 2500, to: 5000, currencyCode: 'USD', count: 2 },
      { from: 5000, to: 10000, currencyCode: 'USD', count: 1 },
      { from: 10000, to: 25000, currencyCode: 'USD', count: 2 },
      { from: 25000, to: 50000, currencyCode: 'USD', count: 1 },
      { from: 50000, to: null, currencyCode: 'USD', count: 1 },
    ]);
    // A product with several red variants counts once for Red.
    expect(facets.attributes).toEqual([
      {
        name: 'color',
        values: [
          { value: 'Black', count: 2 }, { value: 'Red', count: 2 }, { value: 'White', count: 2 },
          { value: 'Blue', count: 1 }, { value: 'Brown', count: 1 }, { value: 'Green', count: 1 }, { value: 'Silver', count: 1 },
        ],
      },
      {
        name: 'size',
        values: [
          { value: 'M', count: 3 }, { value: 'L', count: 2 }, { value: 'S', count: 2 },
          { value: '42', count: 1 }, { value: '43', count: 1 },
        ],
      },
    ]);
  });

  it('reflects the filter and the query, and omits empty price buckets', () => {
    const { facets } = search('', { filter: { brands: ['Sonica'] } });
    expect(facets.brands).toEqual([{ value: 'Sonica', count: 2 }]);
    expect(facets.priceRanges).toEqual([
      { from: 2500, to: 5000, currencyCode: 'USD', count: 1 },
      { from: 50000, to: null, currencyCode: 'USD', count: 1 },
    ]);
    expect(search('jacket').facets.categories).toEqual([
      { value: 'cat-jackets', label: 'Jackets', count: 2 },
      { value: 'cat-tees', label: 'T-Shirts', count: 1 },
    ]);
  });

  it('keeps the top 20 brands', () => {
    index.upsert(
      Array.from({ length: 25 }, (_, i) =>
        doc({ id: `b${i}`, name: 'Mug', brand: `Brand ${String(i).padStart(2, '0')}`, category: 'kitchen', price: 800, createdAt: '2024-01-01' }),
      ),
    );
    const brands = search('mug').facets.brands;
    expect(brands).toHaveLength(20);
    expect(brands[0]).toEqual({ value: 'Brand 00', count: 1 });
  });
});

describe('writes', () => {
  it('replaces a document on upsert', () => {
    index.upsert([doc({ id: 'p4', name: 'Burr Grinder', brand: 'Grindhaus', category: 'kitchen', price: 9900, createdAt: '2023-12-01T00:00:00Z' })]);
    expect(index.size()).toBe(DOCS.length);
    expect(ids('espresso')).toEqual([]);
    expect(ids('grinder')).toEqual(['p4']);
    expect(search('', { filter: { brands: ['Brewmaster'] } }).ids).toEqual(['p5']);
    expect(search('', { filter: { attributes: [{ name: 'color', values: ['Silver'] }] } }).totalCount).toBe(0);
  });

  it('removes documents and ignores unknown ids', () => {
    index.remove(['p7', 'nope']);
    expect(index.size()).toBe(DOCS.length - 1);
    expect(ids('headphones')).toEqual([]);
    expect(ids('')).toEqual(NEWEST_FIRST.filter((id) => id !== 'p7'));
    expect(search('').facets.brands).toContainEqual({ value: 'Sonica', count: 1 });
    index.upsert([DOCS[6]!]);
    expect(ids('headphones')).toEqual(['p7']);
  });
});

describe('at scale', () => {
  // Enough products and rewrites to grow the columns and the attribute pool, reuse freed slots, and
  // re-lay rows out between writes; checked against a plain model of the live documents.
  it('stays consistent through growth, slot reuse and rewrites', () => {
    const live = new Map<string, DocSpec>();
    const spec = (i: number, round: number): DocSpec => ({
      id: `s${i}`,
      name: `Item ${i}`,
      brand: `Brand ${(i + round) % 5}`,
      category: (['jackets', 'tees', 'kitchen'] as const)[(i + round) % 3]!,
      price: ((i * 37 + round) % 600) * 100,
      createdAt: new Date(Date.UTC(2024, 0, 1) + ((i * 7919 + round) % 5000) * 60_000).toISOString(),
      variants: Array.from({ length: 1 + ((i + round) % 3) }, (_, v) => ({ color: `c${(i + v + round) % 6}` })),
    });
    const put = (specs: DocSpec[]) => {
      index.upsert(specs.map(doc));
      for (const s of specs) live.set(s.id, s);
    };
    index.remove(DOCS.map((d) => d.product.id));
    put(Array.from({ length: 3000 }, (_, i) => spec(i, 0)));
    search('');
    const removed = [...live.keys()].filter((_, i) => i % 3 === 0);
    index.remove(removed);
    for (const id of removed) live.delete(id);
    put(Array.from({ length: 1500 }, (_, i) => spec(i * 2, 1)));
    search('');
    put(Array.from({ length: 1000 }, (_, i) => spec(3000 + i, 2)));
    put(Array.from({ length: 800 }, (_, i) => spec(i * 5, 3)));

    const specs = [...live.values()];
    const newestFirst = [...specs]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => s.id);
    const result = search('', { limit: 100_000 });
    expect(index.size()).toBe(live.size);
    expect(result.totalCount).toBe(live.size);
    expect(result.ids).toEqual(newestFirst);

    const countBy = (key: (s: DocSpec) => string[]) => {
      const counts = new Map<string, number>();
      for (const s of specs) for (const k of new Set(key(s))) counts.set(k, (counts.get(k) ?? 0) + 1);
      return Object.fromEntries(counts);
    };
    const asRecord = (entries: { value: string; count: number }[]) => Object.fromEntries(entries.map((e) => [e.value, e.count]));
    expect(asRecord(result.facets.brands)).toEqual(countBy((s) => [s.brand]));
    expect(asRecord(result.facets.attributes[0]!.values)).toEqual(countBy((s) => s.variants!.map((v) => v.color!)));

    const c4 = search('', { limit: 100_000, filter: { attributes: [{ name: 'color', values: ['c4'] }], maxPrice: 30000 } });
    expect([...c4.ids].sort()).toEqual(
      specs.filter((s) => s.price < 30000 && s.variants!.some((v) => v.color === 'c4')).map((s) => s.id).sort(),
    );
  });
});
