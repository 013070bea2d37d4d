import { createLogger, upstreamUnavailable } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../test/support/FakeClock.js';
import { InMemoryTtlCache } from '../adapters/memory/InMemoryTtlCache.js';
import type { DeliveryEstimateModel, Destination } from '../domain/models.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import { DeliveryEstimates, type CachedEstimate } from './deliveryEstimates.js';

const us: Destination = { countryCode: 'US', postalCode: '98109' };

/** A FulfillmentApi whose deliveryOffer answers from `answer` and counts calls and concurrency. */
function fakeApi(answer: (sku: string) => DeliveryEstimateModel | null | Error) {
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0 };
  const api = {
    async deliveryOffer(sku: string) {
      stats.calls += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      stats.inFlight -= 1;
      const result = answer(sku);
      if (result instanceof Error) throw result;
      return result;
    },
  } as unknown as FulfillmentApi;
  return { api, stats };
}

function setup(answer: (sku: string) => DeliveryEstimateModel | null | Error, clock = new FakeClock()) {
  const { api, stats } = fakeApi(answer);
  const estimates = new DeliveryEstimates(api, new InMemoryTtlCache<CachedEstimate>(clock), clock, { concurrency: 3, maxTtlMs: 3_600_000, fallbackTtlMs: 300_000 }, createLogger('t', 'silent'));
  return { estimates, stats, clock };
}

const offer = (expiresAt: string | null): DeliveryEstimateModel => ({ earliest: '2026-03-04T20:00:00.000Z', latest: '2026-03-06T20:00:00.000Z', message: 'soon', expiresAt });
const requests = (n: number) => Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, destination: us }));

describe('DeliveryEstimates', () => {
  it('runs one call per missing SKU, at most `concurrency` at a time, answering in request order', async () => {
    const { estimates, stats } = setup((sku) => ({ ...offer('2026-03-02T10:00:00.000Z'), message: sku }));
    const out = await estimates.estimate(requests(10));
    expect(out.map((e) => (e as DeliveryEstimateModel).message)).toEqual(requests(10).map((r) => r.sku));
    expect(stats).toMatchObject({ calls: 10, maxInFlight: 3 });
  });

  it('caches until expiresAt, but never beyond maxTtl, and remembers "no offer" for the fallback TTL', async () => {
    const { estimates, stats, clock } = setup((sku) => (sku === 'SKU-0' ? offer('2026-03-09T00:00:00.000Z') : sku === 'SKU-1' ? offer(null) : null));
    await estimates.estimate(requests(3));
    await clock.advance(299_999);
    await estimates.estimate(requests(3));
    expect(stats.calls).toBe(3);
    await clock.advance(1);
    await estimates.estimate(requests(3));
    expect(stats.calls).toBe(5); // SKU-1 (no expiresAt) and SKU-2 (no offer) again
    await clock.advance(3_600_000);
    await estimates.estimate(requests(1));
    expect(stats.calls).toBe(6); // SKU-0 capped at an hour although Amazon said a week
  });

  it('stops calling once Amazon fails: the rest of the batch gets the same error', async () => {
    const down = upstreamUnavailable('Amazon fulfillment');
    const { estimates, stats } = setup(() => down);
    const out = await estimates.estimate(requests(20));
    expect(out.every((e) => e === down)).toBe(true);
    expect(stats.calls).toBe(3); // the calls already in flight when the first failed
  });
});
