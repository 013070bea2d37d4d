import { upstreamUnavailable, type Readiness } from '@commerce/lib';
import type { SearchDocument } from '../domain/models.js';
import type { ProductStore } from '../ports/ProductStore.js';
import type { SearchIndex, SearchRequest, SearchResponse } from '../ports/SearchIndex.js';
import { buildSearchIndex } from './searchIndexing.js';

/**
 * A search index filled after the subgraph starts listening: product and category lookups come from the
 * table and work at once, while search (and filtered listing) would answer from a partial index, so it
 * refuses until `warmed()` with a code that tells the client to retry, and readiness reports the progress.
 */
export class WarmingSearchIndex implements SearchIndex {
  private isWarm = false;
  /** Table items read so far: the index fills only once the whole table is read and joined. */
  scannedItems = 0;

  constructor(private readonly index: SearchIndex) {}

  warmed(): void {
    this.isWarm = true;
  }

  readiness(): Readiness {
    if (this.isWarm) return { ready: true };
    return { ready: false, detail: { reason: 'building the search index', scannedItems: this.scannedItems, indexedProducts: this.index.size() } };
  }

  search(request: SearchRequest): SearchResponse {
    if (!this.isWarm) {
      throw upstreamUnavailable(
        'catalog search',
        `Search is not available yet: the catalog is indexing its products (${this.index.size()} so far). ` +
          'Retry in a few seconds; product and category lookups work meanwhile.',
      );
    }
    return this.index.search(request);
  }

  upsert(documents: readonly SearchDocument[]): void {
    this.index.upsert(documents);
  }

  remove(productIds: readonly string[]): void {
    this.index.remove(productIds);
  }

  size(): number {
    return this.index.size();
  }

  complete(): boolean {
    return this.isWarm;
  }
}

/** Fills `search` from the table, its readiness counting the items scanned, then lets search through. */
export async function warmSearchIndex(store: ProductStore, search: WarmingSearchIndex): Promise<number> {
  const indexed = await buildSearchIndex(store, search, (items) => (search.scannedItems = items));
  search.warmed();
  return indexed;
}
