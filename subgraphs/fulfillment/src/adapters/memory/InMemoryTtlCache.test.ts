import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/FakeClock.js';
import { InMemoryTtlCache } from './InMemoryTtlCache.js';

describe('InMemoryTtlCache', () => {
  it('returns entries until they expire', async () => {
    const clock = new FakeClock();
    const cache = new InMemoryTtlCache<string>(clock);
    await cache.setMany([
      { key: 'a', value: 'A', expiresAt: clock.now() + 1000 },
      { key: 'b', value: 'B', expiresAt: clock.now() + 5000 },
    ]);
    expect(await cache.getMany(['a', 'b', 'c'])).toEqual(new Map([['a', 'A'], ['b', 'B']]));
    await clock.advance(1000);
    expect(await cache.getMany(['a', 'b'])).toEqual(new Map([['b', 'B']]));
    expect(cache.size).toBe(1);
  });

  it('does not keep what has already expired', async () => {
    const clock = new FakeClock();
    const cache = new InMemoryTtlCache<string>(clock);
    await cache.setMany([{ key: 'a', value: 'A', expiresAt: clock.now() }]);
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest-written entries beyond its bound', async () => {
    const clock = new FakeClock();
    const cache = new InMemoryTtlCache<number>(clock, 2);
    const later = clock.now() + 60_000;
    await cache.setMany([{ key: 'a', value: 1, expiresAt: later }, { key: 'b', value: 2, expiresAt: later }]);
    await cache.setMany([{ key: 'a', value: 3, expiresAt: later }, { key: 'c', value: 4, expiresAt: later }]);
    expect(await cache.getMany(['a', 'b', 'c'])).toEqual(new Map([['a', 3], ['c', 4]]));
  });
});
