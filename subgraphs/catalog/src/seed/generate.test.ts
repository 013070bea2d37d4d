import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProductRecord } from '../domain/models.js';
import { generateCatalog, generateCategories, generateProduct } from './generate.js';

const categories = generateCategories();
const byId = new Map(categories.map((category) => [category.id, category]));
const parentIds = new Set(categories.map((category) => category.parentId));
const leaves = categories.filter((category) => !parentIds.has(category.id));
const leafIds = new Set(leaves.map((leaf) => leaf.id));
const records: ProductRecord[] = [...generateCatalog(2000, categories)];
const products = records.map((record) => record.product);

const duplicates = (values: string[]): string[] => {
  const seen = new Set<string>();
  return values.filter((value) => seen.has(value) || !seen.add(value));
};

/**
 * Checks every record and collects the failures, so a test makes one assertion that lists every
 * offending product (and 2,000 products × dozens of `expect` calls stays fast).
 */
function violations(check: (record: ProductRecord, fail: (message: string) => void) => void): string[] {
  const found: string[] = [];
  for (const record of records) check(record, (message) => found.push(`${record.product.id}: ${message}`));
  return found.slice(0, 20);
}

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('generateCategories', () => {
  it('is a fixed tree', () => {
    expect(generateCategories()).toEqual(categories);
  });

  it('has 6-7 departments of 4-6 subcategories and at least 25 leaves', () => {
    const tops = categories.filter((category) => category.parentId === null);
    expect(tops.length).toBeGreaterThanOrEqual(6);
    expect(tops.length).toBeLessThanOrEqual(7);
    for (const top of tops) {
      const children = categories.filter((category) => category.parentId === top.id);
      expect(children.length, top.name).toBeGreaterThanOrEqual(4);
      expect(children.length, top.name).toBeLessThanOrEqual(6);
    }
    expect(leaves.length).toBeGreaterThanOrEqual(25);
  });

  it('is exactly two levels deep', () => {
    for (const category of categories) {
      if (category.parentId === null) continue;
      const parent = byId.get(category.parentId);
      expect(parent, category.id).toBeDefined();
      expect(parent?.parentId, category.id).toBeNull();
      expect(leafIds.has(category.id), category.id).toBe(true);
    }
  });

  it('derives ids, slugs and paths from names', () => {
    expect(duplicates(categories.map((category) => category.id))).toEqual([]);
    expect(duplicates(categories.map((category) => category.slug))).toEqual([]);
    for (const category of categories) {
      expect(category.slug).toMatch(kebabCase);
      expect(category.slug).toBe(category.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      const parent = category.parentId === null ? undefined : byId.get(category.parentId);
      expect(category.path).toBe(parent ? `${parent.slug}/${category.slug}` : category.slug);
      expect(category.id).toBe(parent ? `${parent.id}-${category.slug}` : `cat-${category.slug}`);
    }
    expect(byId.get('cat-clothing-jackets')).toMatchObject({ parentId: 'cat-clothing', path: 'clothing/jackets' });
  });
});

describe('generateProduct determinism', () => {
  it('returns the same product for the same index', () => {
    expect(generateProduct(42, categories)).toEqual(generateProduct(42, categories));
    // A fresh but equal category array must not change anything either.
    expect(generateProduct(42, generateCategories())).toEqual(records[42]);
  });

  it('does not depend on catalogue size or generation order', () => {
    expect([...generateCatalog(10)]).toEqual(records.slice(0, 10));
    const late = generateProduct(1999, categories);
    generateProduct(7, categories);
    expect(late).toEqual(records[1999]);

    // Interleaved generators share one faker instance; each product must still come out the same.
    const a = generateCatalog(5, categories);
    const b = generateCatalog(5, categories);
    for (let i = 0; i < 5; i++) {
      expect(a.next().value).toEqual(records[i]);
      expect(b.next().value).toEqual(records[i]);
    }
  });

  it('varies between indices', () => {
    expect(new Set(products.map((product) => product.name)).size).toBeGreaterThan(1000);
    expect(new Set(products.map((product) => product.createdAt)).size).toBeGreaterThan(1990);
  });

  describe('without ambient randomness or time', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('never calls Math.random or Date.now', () => {
      const random = vi.spyOn(Math, 'random');
      const now = vi.spyOn(Date, 'now');
      for (const _ of generateCatalog(200, categories));
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    });
  });

  it('streams lazily', () => {
    const huge = generateCatalog(200_000, categories);
    expect(huge.next().value).toEqual(records[0]);
    huge.return(undefined);
  });
});

describe('a 2,000-product catalogue', () => {
  it('numbers products, variants and reviews from their index', () => {
    let index = 0;
    const found = violations(({ product, variants, reviews }, fail) => {
      const number = pad(++index, 6);
      if (product.id !== `prod-${number}`) fail(`expected prod-${number}`);
      variants.forEach((variant, i) => {
        if (variant.sku !== `SKU-${number}-${pad(i + 1, 2)}`) fail(`bad SKU ${variant.sku}`);
        if (variant.productId !== product.id) fail(`variant ${variant.sku} points at ${variant.productId}`);
      });
      reviews.forEach((review, i) => {
        if (review.id !== `rev-${number}-${pad(i + 1, 2)}`) fail(`bad review id ${review.id}`);
        if (review.productId !== product.id) fail(`review ${review.id} points at ${review.productId}`);
      });
    });
    expect(found).toEqual([]);
  });

  it('has unique ids, slugs, SKUs and review ids', () => {
    expect(duplicates(products.map((product) => product.id))).toEqual([]);
    expect(duplicates(products.map((product) => product.slug))).toEqual([]);
    expect(duplicates(records.flatMap((record) => record.variants.map((variant) => variant.sku)))).toEqual([]);
    expect(duplicates(records.flatMap((record) => record.reviews.map((review) => review.id)))).toEqual([]);
  });

  it('has readable names, kebab-case slugs, descriptions and images', () => {
    const found = violations(({ product }, fail) => {
      if (product.name.split(' ').length < 3) fail(`short name "${product.name}"`);
      if (!kebabCase.test(product.slug)) fail(`slug "${product.slug}" is not kebab-case`);
      if (!product.slug.startsWith(`${product.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-`)) {
        fail(`slug "${product.slug}" does not follow the name`);
      }
      if (!product.brand) fail('no brand');
      const sentences = product.description.split(/(?<=[.!?])\s+/).length;
      if (sentences < 2 || sentences > 3) fail(`${sentences} sentences: ${product.description}`);
      if (product.images.length < 1 || product.images.length > 4) fail(`${product.images.length} images`);
      product.images.forEach((image, i) => {
        if (image.url !== `https://images.example.com/products/${product.id}/${i + 1}.jpg`) fail(`image url ${image.url}`);
        if (!image.alt.includes(product.name)) fail(`image alt "${image.alt}"`);
      });
    });
    expect(found).toEqual([]);
  });

  it('files every product under a leaf whose parent is its top category', () => {
    const found = violations(({ product }, fail) => {
      if (!leafIds.has(product.categoryId)) fail(`${product.categoryId} is not a leaf`);
      if (byId.get(product.categoryId)?.parentId !== product.topCategoryId) {
        fail(`${product.topCategoryId} is not the parent of ${product.categoryId}`);
      }
    });
    expect(found).toEqual([]);
  });

  it('puts products in every leaf category', () => {
    const used = new Set(products.map((product) => product.categoryId));
    expect(leaves.filter((leaf) => !used.has(leaf.id)).map((leaf) => leaf.id)).toEqual([]);
  });

  it('has 1-6 distinct variants with department-appropriate attributes', () => {
    const counts = new Set<number>();
    const found = violations(({ product, variants }, fail) => {
      counts.add(variants.length);
      if (variants.length < 1 || variants.length > 6) fail(`${variants.length} variants`);
      if (product.skus.join() !== variants.map((variant) => variant.sku).join()) fail('skus differ from variants');
      const combos = variants.map((variant) => variant.attributes.map((a) => `${a.name}=${a.value}`).join('|'));
      if (duplicates(combos).length) fail(`repeated attributes ${duplicates(combos).join()}`);
      for (const variant of variants) {
        const names = variant.attributes.map((a) => a.name);
        if (names.length === 0) fail(`${variant.sku} has no attributes`);
        if (!names.every((name) => /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(name))) fail(`attribute names ${names.join()}`);
        const expectedName = `${product.name} — ${variant.attributes.map((a) => a.value).join(' / ')}`;
        if (variant.name !== expectedName) fail(`variant name "${variant.name}"`);
        const apparel = product.topCategoryId === 'cat-clothing' || product.topCategoryId === 'cat-shoes';
        if (apparel && names.join() !== 'Colour,Size') fail(`apparel attributes ${names.join()}`);
        if (product.topCategoryId === 'cat-electronics' && names[0] !== 'Colour') fail(`electronics attributes ${names.join()}`);
      }
    });
    expect(found).toEqual([]);
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('prices variants in positive integer USD cents, close to each other', () => {
    const found = violations(({ product, variants }, fail) => {
      const cents = variants.map((variant) => variant.price.centAmount);
      for (const { sku, price } of variants) {
        if (!Number.isInteger(price.centAmount) || price.centAmount <= 0) fail(`${sku} costs ${price.centAmount}`);
        if (price.centAmount > 500_000) fail(`${sku} costs ${price.centAmount}`);
        if (price.currencyCode !== 'USD') fail(`${sku} priced in ${price.currencyCode}`);
      }
      const min = Math.min(...cents);
      const max = Math.max(...cents);
      if (product.priceMin.centAmount !== min || product.priceMin.currencyCode !== 'USD') fail('priceMin');
      if (product.priceMax.centAmount !== max || product.priceMax.currencyCode !== 'USD') fail('priceMax');
      if (max > min * 1.25) fail(`variants range from ${min} to ${max}`);
    });
    expect(found).toEqual([]);
  });

  it('prices departments realistically', () => {
    const median = (topCategoryId: string): number => {
      const cents = products
        .filter((p) => p.topCategoryId === topCategoryId)
        .map((p) => p.priceMin.centAmount)
        .sort((a, b) => a - b);
      return cents[Math.floor(cents.length / 2)] ?? 0;
    };
    expect(median('cat-electronics')).toBeGreaterThan(median('cat-beauty') * 3);
    const laptops = products.filter((p) => p.categoryId === 'cat-electronics-laptops');
    expect(Math.min(...laptops.map((p) => p.priceMin.centAmount))).toBeGreaterThan(40_000);
    // Retail endings: mostly .99, the rest .00/.95/.50.
    const endings = new Set(products.map((p) => p.priceMin.centAmount % 100));
    expect([...endings].sort((a, b) => a - b)).toEqual([0, 50, 95, 99]);
  });

  it('has 0-15 reviews, skewed positive, consistent with the rating summary', () => {
    const ratings: number[] = [];
    const found = violations(({ product, reviews }, fail) => {
      if (reviews.length > 15) fail(`${reviews.length} reviews`);
      if (product.ratingCount !== reviews.length) fail(`ratingCount ${product.ratingCount}`);
      const sum = reviews.reduce((total, review) => total + review.rating, 0);
      // sum * 10 / n in one division: (sum / n) * 10 can land just under a .5 and round the wrong way.
      const average = reviews.length ? Math.round((sum * 10) / reviews.length) / 10 : 0;
      if (product.ratingAverage !== average) fail(`ratingAverage ${product.ratingAverage}, expected ${average}`);
      for (const review of reviews) {
        ratings.push(review.rating);
        if (!Number.isInteger(review.rating) || review.rating < 1 || review.rating > 5) fail(`rating ${review.rating}`);
        if (!review.title || !review.body) fail(`${review.id} is empty`);
        if (!/^\S+ [A-Z]\.$/.test(review.author)) fail(`author "${review.author}"`);
      }
    });
    expect(found).toEqual([]);
    const withoutReviews = records.filter((record) => record.reviews.length === 0).length;
    expect(withoutReviews).toBeGreaterThan(100);
    expect(withoutReviews).toBeLessThan(1000);
    expect(records.some((record) => record.reviews.length >= 12)).toBe(true);
    const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    expect(mean).toBeGreaterThan(3.6);
    expect(mean).toBeLessThan(4.6);
    expect(new Set(ratings).size).toBe(5);
  });

  it('dates products from 2022 and reviews from 2023, never before the product, up to 2026-10-31', () => {
    const isIso = (value: string): boolean => new Date(value).toISOString() === value;
    const end = '2026-11-01T00:00:00.000Z';
    const found = violations(({ product, reviews }, fail) => {
      const created = product.createdAt;
      if (!isIso(created) || created < '2022-01-01T00:00:00.000Z' || created >= end) fail(`createdAt ${created}`);
      for (const { id, createdAt } of reviews) {
        if (!isIso(createdAt) || createdAt < '2023-01-01T00:00:00.000Z' || createdAt >= end) fail(`${id} at ${createdAt}`);
        if (createdAt < created) fail(`${id} at ${createdAt} predates the product`);
      }
      const dates = reviews.map((review) => review.createdAt);
      if (dates.join() !== [...dates].sort().join()) fail('reviews are not in date order');
    });
    expect(found).toEqual([]);
  });
});
