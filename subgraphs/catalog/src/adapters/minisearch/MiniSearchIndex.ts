import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchDocument } from '../../domain/models.js';
import type { ProductFilterInput, SearchIndex, SearchRequest, SearchResponse } from '../../ports/SearchIndex.js';
import { FacetCounter, ProductTable, compareStrings } from './facets.js';

/** The text MiniSearch sees: one flat string per field, built once per document. */
interface TextDocument {
  id: string;
  name: string;
  brand: string;
  categoryNames: string;
  description: string;
  attributeValues: string;
}

const FIELD_BOOSTS = { name: 4, brand: 2, categoryNames: 2, attributeValues: 1.5, description: 1 };

const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

/** Lowercases and strips accents so "cafe" finds "Café"; the ASCII check skips the costly normalize. */
function processTerm(term: string): string {
  const lower = term.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

type Accepts = (slot: number) => boolean;

export class MiniSearchIndex implements SearchIndex {
  private readonly text = new MiniSearch<TextDocument>({
    fields: Object.keys(FIELD_BOOSTS),
    processTerm,
    searchOptions: {
      boost: FIELD_BOOSTS,
      // A one- or two-letter prefix expands to much of the vocabulary: seconds at 200k products, for
      // results that mean little. From three letters on, "hea" finds "headphones".
      prefix: (term) => term.length >= 3,
      // One typo for 4–7 letters, two from 8; shorter words have too many one-letter neighbours.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  private readonly table = new ProductTable();

  upsert(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      const id = document.product.id;
      // discard() needs only the id: the old document may have been mutated since it was added, which
      // would make remove() corrupt the index. Stale postings are vacuumed in the background.
      if (this.text.has(id)) this.text.discard(id);
      this.text.add(toTextDocument(document));
      this.table.put(document);
    }
  }

  remove(productIds: readonly string[]): void {
    for (const id of productIds) {
      if (this.table.delete(id)) this.text.discard(id);
    }
  }

  complete(): boolean {
    return true;
  }

  size(): number {
    return this.table.size;
  }

  search(request: SearchRequest): SearchResponse {
    const accepts = compileFilter(request.filter, this.table);
    // Facets are counted over the filtered matches: each facet shows what picking it would yield
    // within the current selection (no per-facet "disjunctive" counts).
    const facets = new FacetCounter(this.table);
    const offset = Math.max(0, Math.trunc(request.offset) || 0);
    const end = offset + Math.max(0, Math.trunc(request.limit) || 0);
    const terms = tokenize(request.query).map(processTerm).filter(Boolean);

    if (terms.length === 0) {
      this.table.sortNewestFirst();
      const page: string[] = [];
      let totalCount = 0;
      for (let slot = 0; slot < this.table.size; slot++) {
        if (!accepts(slot)) continue;
        facets.add(slot);
        if (totalCount >= offset && totalCount < end) page.push(this.table.ids[slot]!);
        totalCount += 1;
      }
      return { ids: page, totalCount, facets: facets.result() };
    }

    const hits = this.textHits(request.query, terms.length > 1, accepts, facets);
    hits.sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
    return { ids: hits.slice(offset, end).map((hit) => hit.id as string), totalCount: hits.length, facets: facets.result() };
  }

  /**
   * Every word must match (AND). Only when no product passing the filter matches all words do we retry
   * with OR, so a long or partly misspelt query still returns the closest products instead of nothing.
   */
  private textHits(query: string, canRelax: boolean, accepts: Accepts, facets: FacetCounter): SearchResult[] {
    for (const combineWith of canRelax ? (['AND', 'OR'] as const) : (['AND'] as const)) {
      const hits: SearchResult[] = [];
      for (const hit of this.text.search(query, { combineWith })) {
        const slot = this.table.slotOf(hit.id as string);
        if (slot === undefined || !accepts(slot)) continue;
        facets.add(slot);
        hits.push(hit);
      }
      if (hits.length > 0) return hits;
    }
    return [];
  }
}

function toTextDocument({ product, variants, categoryNames }: SearchDocument): TextDocument {
  const values = new Set(variants.flatMap((variant) => variant.attributes.map((attribute) => attribute.value)));
  return {
    id: product.id,
    name: product.name,
    brand: product.brand,
    categoryNames: categoryNames.join(' '),
    description: product.description,
    attributeValues: [...values].join(' '),
  };
}

/**
 * Empty `brands` or attribute `values` lists mean "no constraint", not "match nothing": that is what a
 * client sends when the shopper clears every chip of a facet. Attributes are checked independently, so
 * color=Red and size=L match a product with a red M and a blue L variant.
 */
function compileFilter(filter: ProductFilterInput | null | undefined, table: ProductTable): Accepts {
  if (!filter) return () => true;
  // Values never indexed become -1 or drop out of their set, so they match nothing.
  const category = filter.categoryId == null ? null : (table.categories.find(filter.categoryId) ?? -1);
  const brands = filter.brands?.length ? numbers(filter.brands, (brand) => table.brands.find(brand)) : null;
  const minPrice = filter.minPrice ?? null;
  const maxPrice = filter.maxPrice ?? null;
  const attributes = (filter.attributes ?? [])
    .filter((attribute) => attribute.values.length > 0)
    .map(({ name, values }) => numbers(values, (value) => table.findAttributeValue(name, value)));

  // Columns are read through `table` on each call: sortNewestFirst() may replace them after this returns.
  return (slot) =>
    (category === null || table.category[slot] === category || table.topCategory[slot] === category) &&
    (brands === null || brands.has(table.brand[slot]!)) &&
    (minPrice === null || table.price[slot]! >= minPrice) &&
    (maxPrice === null || table.price[slot]! < maxPrice) &&
    (attributes.length === 0 || hasAll(table, slot, attributes));
}

function numbers(values: readonly string[], find: (value: string) => number | undefined): Set<number> {
  const found = new Set<number>();
  for (const value of values) {
    const number = find(value);
    if (number !== undefined) found.add(number);
  }
  return found;
}

// Loops rather than every()/some(): this runs per match, and a callback closing over `slot` would allocate.
function hasAll(table: ProductTable, slot: number, attributes: readonly ReadonlySet<number>[]): boolean {
  for (const wanted of attributes) if (!hasAny(table, slot, wanted)) return false;
  return true;
}

function hasAny(table: ProductTable, slot: number, wanted: ReadonlySet<number>): boolean {
  const start = table.valuesStart[slot]!;
  const end = start + table.valuesCount[slot]!;
  for (let i = start; i < end; i++) if (wanted.has(table.values[i]!)) return true;
  return false;
}
