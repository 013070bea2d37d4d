import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, type CatalogHarness } from './harness.js';

let catalog: CatalogHarness;
beforeAll(async () => {
  catalog = await startCatalog({ products: 120 });
});
afterAll(() => catalog?.close());

async function ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await catalog.execute<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function failure(query: string, variables?: Record<string, unknown>) {
  const result = await catalog.execute(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

describe('product', () => {
  it('finds a product by slug and by id with variants, prices and newest reviews', async () => {
    const [first] = (await catalog.store.productsByIds(['prod-000007'])).values();
    const query = `query ($slug: String, $id: ID) { product(slug: $slug, id: $id) {
      id slug name brand category { id path } priceRange { min { centAmount currencyCode amount } }
      variants { sku price { centAmount amount } attributes { name value } }
      reviews(first: 100) { totalCount edges { node { rating createdAt } } }
    } }`;
    const bySlug = await ok(query, { slug: first!.slug });
    const byId = await ok(query, { id: first!.id });
    expect(bySlug).toEqual(byId);
    const product = bySlug.product;
    expect(product.id).toBe('prod-000007');
    expect(product.variants.map((v: { sku: string }) => v.sku)).toEqual(first!.skus);
    expect(product.priceRange.min.centAmount).toBe(Math.min(...product.variants.map((v: any) => v.price.centAmount)));
    expect(product.category.path).toContain('/');
    const dates = product.reviews.edges.map((e: any) => new Date(e.node.createdAt).toISOString());
    expect(dates).toEqual([...dates].sort().reverse());
    expect(product.reviews.totalCount).toBe(dates.length);
  });

  it('is null for an unknown id or slug', async () => {
    expect(await ok('{ product(id: "prod-missing") { id } }')).toEqual({ product: null });
    expect(await ok('{ product(slug: "no-such-product") { id } }')).toEqual({ product: null });
  });

  it('needs exactly one of id or slug', async () => {
    for (const query of ['{ product { id } }', '{ product(id: "prod-000001", slug: "x") { id } }']) {
      const error = await failure(query);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/exactly one of `id` or `slug`/);
    }
  });

  it('pages through reviews with cursors and rejects a cursor from another product', async () => {
    const [product] = [...(await catalog.store.productsByIds(Array.from({ length: 60 }, (_, i) => `prod-${String(i + 1).padStart(6, '0')}`))).values()]
      .filter((p) => p.ratingCount >= 4);
    const query = `query ($id: ID!, $after: String) { product(id: $id) { reviews(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const page1 = (await ok(query, { id: product!.id })).product.reviews;
    const page2 = (await ok(query, { id: product!.id, after: page1.pageInfo.endCursor })).product.reviews;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges).toHaveLength(2);
    expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
    const otherId = product!.id === 'prod-000001' ? 'prod-000002' : 'prod-000001';
    const other = await catalog.execute(query, { id: otherId, after: page1.pageInfo.endCursor });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('categories and listings', () => {
  it('serves a two-level category tree', async () => {
    const { categories } = await ok('{ categories { id slug path parent { id } children { id path parent { id } } } }');
    expect(categories.length).toBeGreaterThanOrEqual(5);
    for (const top of categories) {
      expect(top.parent).toBeNull();
      expect(top.path).toBe(top.slug);
      for (const child of top.children) {
        expect(child.parent.id).toBe(top.id);
        expect(child.path.startsWith(`${top.path}/`)).toBe(true);
      }
    }
  });

  it('lists a top-level category (including its subcategories) page by page, newest first', async () => {
    const { categories } = await ok('{ categories { id } }');
    const categoryId = categories[0].id;
    const query = `query ($categoryId: ID!, $after: String) {
      products(filter: { categoryId: $categoryId }, first: 5, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id category { id parent { id } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const { products }: { products: any } = await ok(query, { categoryId, after });
      totalCount = products.totalCount;
      for (const edge of products.edges) {
        expect([edge.node.category.id, edge.node.category.parent?.id]).toContain(categoryId);
        seen.push(edge.node.id);
      }
      expect(products.pageInfo.endCursor).toBe(products.edges.at(-1)?.cursor ?? null);
      after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBeGreaterThan(5);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it("counts a category's products from the search index, without reading the category from the table", async () => {
    const { categories } = await ok('{ categories { id children { id } } }');
    for (const category of [categories[0], categories[0].children[0]]) {
      const counted = async (fields: string) => {
        catalog.calls.reset();
        const { products } = await ok(`{ products(filter: { categoryId: "${category.id}" }, first: 1) { ${fields} } }`);
        return { products, calls: catalog.calls.snapshot() };
      };
      const withCount = await counted('totalCount edges { cursor }');
      expect(withCount.calls).toEqual((await counted('edges { cursor }')).calls);
      const model = (await catalog.store.allCategories()).find((c) => c.id === category.id)!;
      expect(withCount.products.totalCount).toBe(await catalog.store.countProductsInCategory(model));
    }
  });

  it('is an empty list for an unknown category and null for category(id)', async () => {
    const data = await ok('{ category(id: "cat-nope") { id } products(filter: { categoryId: "cat-nope" }) { totalCount edges { cursor } } }');
    expect(data).toEqual({ category: null, products: { totalCount: 0, edges: [] } });
  });

  it.each([
    ['{ products(first: 101) { totalCount } }', /`first` must be between 1 and 100; got 101/],
    ['{ products(first: 0) { totalCount } }', /`first` must be between 1 and 100; got 0/],
    ['{ search(query: "x", first: 500) { totalCount } }', /`first` must be between 0 and 100; got 500/],
    ['{ products(after: "not a cursor") { totalCount } }', /`after` is not a cursor returned by this field/],
    ['{ products(filter: { categoryId: "cat-clothing" }, after: "eyJvIjoxfQ") { totalCount } }', /`after` is not a cursor returned by this field/],
    ['{ products(filter: { minPrice: 500, maxPrice: 100 }) { totalCount } }', /minPrice \(500\) must be below filter.maxPrice \(100\)/],
  ])('rejects %s with BAD_USER_INPUT naming the rule', async (query, message) => {
    const error = await failure(query);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('search', () => {
  it('finds products by text with facets over every match', async () => {
    const [product] = (await catalog.store.productsByIds(['prod-000010'])).values();
    const word = product!.name.split(' ').at(-1)!;
    const { search } = await ok(
      `query ($q: String!) { search(query: $q, first: 3) {
        totalCount pageInfo { hasNextPage } edges { node { id name } }
        facets { categories { value label count } brands { value count } priceRanges { from to count } attributes { name values { value count } } } } }`,
      { q: word },
    );
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.edges.length).toBe(Math.min(3, search.totalCount));
    expect(search.pageInfo.hasNextPage).toBe(search.totalCount > 3);
    const categoryTotal = search.facets.categories.reduce((n: number, f: { count: number }) => n + f.count, 0);
    expect(categoryTotal).toBe(search.totalCount);
    const priceTotal = search.facets.priceRanges.reduce((n: number, f: { count: number }) => n + f.count, 0);
    expect(priceTotal).toBe(search.totalCount);
  });

  it('filters by brand through products(filter) and counts them', async () => {
    const [product] = (await catalog.store.productsByIds(['prod-000003'])).values();
    const { products } = await ok(
      `query ($brand: String!) { products(filter: { brands: [$brand] }, first: 100) { totalCount edges { node { brand } } } }`,
      { brand: product!.brand },
    );
    expect(products.totalCount).toBeGreaterThan(0);
    expect(products.edges).toHaveLength(products.totalCount);
    expect(new Set(products.edges.map((e: any) => e.node.brand))).toEqual(new Set([product!.brand]));
  });
});
