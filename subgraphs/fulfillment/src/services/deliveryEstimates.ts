import type { Logger } from '@commerce/lib';
import { destinationKey } from '../domain/destination.js';
import type { DeliveryEstimateModel, Destination } from '../domain/models.js';
import type { Clock } from '../ports/Clock.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import type { TtlCache } from '../ports/TtlCache.js';

export interface EstimateRequest {
  sku: string;
  destination: Destination;
}

/** A cached answer; `estimate: null` remembers that Amazon made no offer. */
export interface CachedEstimate {
  estimate: DeliveryEstimateModel | null;
}

export interface EstimateSettings {
  /** deliveryOffers takes one product per request: this many run at once per batch. */
  concurrency: number;
  /** Never cache longer than this, whatever `expiresAt` says. */
  maxTtlMs: number;
  /** For "no offer" and for offers without `expiresAt`. */
  fallbackTtlMs: number;
}

export function estimateKey({ sku, destination }: EstimateRequest): string {
  return `${destinationKey(destination)}|${sku}`;
}

/**
 * Delivery estimates for many SKU/destination pairs at once (a DataLoader batch): one cache read, then
 * one deliveryOffers call per miss with bounded concurrency, each answer cached until its `expiresAt`.
 * When Amazon is failing, the first failure fails the rest of the batch without further calls.
 */
export class DeliveryEstimates {
  constructor(
    private readonly api: FulfillmentApi,
    private readonly cache: TtlCache<CachedEstimate>,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly settings: EstimateSettings,
    private readonly logger: Logger,
  ) {}

  async estimate(requests: readonly EstimateRequest[]): Promise<(DeliveryEstimateModel | null | Error)[]> {
    const keys = requests.map(estimateKey);
    const cached = await this.cache.getMany(keys).catch((err: unknown) => {
      // A cache outage costs Amazon calls, not answers.
      this.logger.warn({ err }, 'delivery estimate cache unavailable');
      return new Map<string, CachedEstimate>();
    });
    const misses = new Map<string, EstimateRequest>();
    requests.forEach((request, i) => {
      if (!cached.has(keys[i]!)) misses.set(keys[i]!, request);
    });
    const fetched = await this.fetchAll(misses);
    const now = this.clock.now();
    const toCache = [...fetched].flatMap(([key, value]) => (value instanceof Error ? [] : [{ key, value: { estimate: value }, expiresAt: this.expiry(value, now) }]));
    await this.cache.setMany(toCache).catch((err: unknown) => this.logger.warn({ err }, 'delivery estimate cache unavailable'));
    return keys.map((key) => (cached.has(key) ? cached.get(key)!.estimate : fetched.get(key)!));
  }

  private async fetchAll(misses: Map<string, EstimateRequest>): Promise<Map<string, DeliveryEstimateModel | null | Error>> {
    const results = new Map<string, DeliveryEstimateModel | null | Error>();
    const queue = [...misses];
    let failure: Error | undefined;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { sku, destination }] = next;
        if (failure) {
          results.set(key, failure);
          continue;
        }
        try {
          results.set(key, await this.api.deliveryOffer(sku, destination));
        } catch (err) {
          failure = err instanceof Error ? err : new Error(String(err));
          results.set(key, failure);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.settings.concurrency, queue.length) }, worker));
    return results;
  }

  private expiry(estimate: DeliveryEstimateModel | null, now: number): number {
    const stated = estimate?.expiresAt ? Date.parse(estimate.expiresAt) : Number.NaN;
    if (Number.isNaN(stated)) return now + this.settings.fallbackTtlMs;
    return Math.min(stated, now + this.settings.maxTtlMs);
  }
}
