import type { Clock } from '../../ports/Clock.js';

interface Bucket {
  rate: number;
  burst: number;
  /** May go negative: each waiting caller has reserved a token that is not there yet. */
  tokens: number;
  refilledAt: number;
}

export class RateLimitWaitTooLongError extends Error {
  override name = 'RateLimitWaitTooLongError';
}

/**
 * One token bucket per SP-API operation, as Amazon meters them: `burst` requests at once, then `rate`
 * per second. A caller that finds the bucket empty reserves the next token and sleeps until it is due,
 * so concurrent callers are spaced out in arrival order without a queue.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    plans: Readonly<Record<string, { rate: number; burst: number }>>,
    private readonly clock: Clock,
  ) {
    const now = clock.now();
    for (const [operation, { rate, burst }] of Object.entries(plans)) {
      this.buckets.set(operation, { rate, burst, tokens: burst, refilledAt: now });
    }
  }

  /**
   * Waits for a token of `operation`. With `maxWaitMs`, a caller that would wait longer gives its
   * reservation back and fails at once instead.
   */
  async acquire(operation: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<void> {
    const bucket = this.refill(operation);
    bucket.tokens -= 1;
    if (bucket.tokens >= 0) return;
    const waitMs = Math.ceil((-bucket.tokens / bucket.rate) * 1000);
    if (waitMs > maxWaitMs) {
      bucket.tokens += 1;
      throw new RateLimitWaitTooLongError(`${operation}: the next request slot is ${waitMs} ms away (limit ${maxWaitMs} ms)`);
    }
    await this.clock.sleep(waitMs);
  }

  /** Amazon states the rate it applied in `x-amzn-RateLimit-Limit`; follow it (the burst stays). */
  adjust(operation: string, headerValue: string | null): void {
    const rate = Number(headerValue);
    if (!headerValue || !Number.isFinite(rate) || rate <= 0) return;
    this.refill(operation).rate = rate;
  }

  /** After a 429 the bucket Amazon keeps is empty whatever ours says: start from empty too. */
  drain(operation: string): void {
    const bucket = this.refill(operation);
    bucket.tokens = Math.min(bucket.tokens, 0);
  }

  plan(operation: string): { rate: number; burst: number; tokens: number } {
    const { rate, burst, tokens } = this.refill(operation);
    return { rate, burst, tokens };
  }

  private refill(operation: string): Bucket {
    const bucket = this.buckets.get(operation);
    if (!bucket) throw new Error(`No usage plan for SP-API operation ${operation}`);
    const now = this.clock.now();
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * bucket.rate);
    bucket.refilledAt = now;
    return bucket;
  }
}
