import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/FakeClock.js';
import { RateLimiter, RateLimitWaitTooLongError } from './RateLimiter.js';

function track(limiter: RateLimiter, operation: string, count: number, maxWaitMs?: number) {
  const done: number[] = [];
  const all = Array.from({ length: count }, (_, i) => limiter.acquire(operation, maxWaitMs).then(() => done.push(i)));
  return { done, all };
}

describe('RateLimiter (token bucket per operation)', () => {
  it('lets a burst through at once, then one request per 1/rate seconds, in arrival order', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ deliveryOffers: { rate: 5, burst: 3 } }, clock);
    const { done } = track(limiter, 'deliveryOffers', 6);
    await clock.advance(0);
    expect(done).toEqual([0, 1, 2]);
    await clock.advance(199);
    expect(done).toEqual([0, 1, 2]);
    await clock.advance(1);
    expect(done).toEqual([0, 1, 2, 3]);
    await clock.advance(400);
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    expect(clock.sleepers).toBe(0);
  });

  it('refills while idle, never above the burst', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ op: { rate: 2, burst: 4 } }, clock);
    track(limiter, 'op', 4);
    await clock.advance(0);
    expect(limiter.plan('op').tokens).toBe(0);
    await clock.advance(1000);
    expect(limiter.plan('op').tokens).toBe(2);
    await clock.advance(60_000);
    expect(limiter.plan('op').tokens).toBe(4);
  });

  it('keeps buckets of different operations apart', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ a: { rate: 1, burst: 1 }, b: { rate: 1, burst: 1 } }, clock);
    await limiter.acquire('a');
    const b = track(limiter, 'b', 1);
    await clock.advance(0);
    expect(b.done).toEqual([0]);
  });

  it('follows the rate Amazon states in x-amzn-RateLimit-Limit and ignores nonsense', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ op: { rate: 2, burst: 1 } }, clock);
    limiter.adjust('op', '10.0');
    expect(limiter.plan('op').rate).toBe(10);
    limiter.adjust('op', 'abc');
    limiter.adjust('op', null);
    limiter.adjust('op', '0');
    expect(limiter.plan('op')).toMatchObject({ rate: 10, burst: 1 });
    const { done } = track(limiter, 'op', 2);
    await clock.advance(0);
    expect(done).toEqual([0]);
    await clock.advance(100);
    expect(done).toEqual([0, 1]);
  });

  it('starts from an empty bucket after a 429', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ op: { rate: 1, burst: 30 } }, clock);
    limiter.drain('op');
    const { done } = track(limiter, 'op', 1);
    await clock.advance(999);
    expect(done).toEqual([]);
    await clock.advance(1);
    expect(done).toEqual([0]);
  });

  it('fails a caller that would wait longer than it may, and gives the slot back', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ op: { rate: 1, burst: 1 } }, clock);
    await limiter.acquire('op');
    await expect(limiter.acquire('op', 500)).rejects.toBeInstanceOf(RateLimitWaitTooLongError);
    const { done } = track(limiter, 'op', 1, 1000);
    await clock.advance(1000);
    expect(done).toEqual([0]);
  });

  it('refuses an operation without a usage plan', async () => {
    const limiter = new RateLimiter({}, new FakeClock());
    await expect(limiter.acquire('nope')).rejects.toThrow(/No usage plan for SP-API operation nope/);
  });
});
