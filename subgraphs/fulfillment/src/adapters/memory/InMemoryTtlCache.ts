import type { Clock } from '../../ports/Clock.js';
import type { TtlCache } from '../../ports/TtlCache.js';

/**
 * The default TtlCache: a Map in this process, bounded to `maxEntries` (the least recently written
 * entry goes first). Each replica keeps its own; swap in a shared cache when that costs too many calls.
 */
export class InMemoryTtlCache<V> implements TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly maxEntries = 50_000,
  ) {}

  async getMany(keys: readonly string[]): Promise<Map<string, V>> {
    const now = this.clock.now();
    const found = new Map<string, V>();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (entry.expiresAt <= now) this.entries.delete(key);
      else found.set(key, entry.value);
    }
    return found;
  }

  async setMany(entries: readonly { key: string; value: V; expiresAt: number }[]): Promise<void> {
    const now = this.clock.now();
    for (const { key, value, expiresAt } of entries) {
      if (expiresAt <= now) continue;
      // Re-inserting moves the key to the end of the Map's order, which makes eviction oldest-written first.
      this.entries.delete(key);
      this.entries.set(key, { value, expiresAt });
    }
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
