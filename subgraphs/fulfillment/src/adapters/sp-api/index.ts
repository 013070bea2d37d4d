import type { Logger } from '@commerce/lib';
import { systemClock, type Clock } from '../../ports/Clock.js';
import { LwaTokenProvider, type LwaSettings } from './LwaTokenProvider.js';
import { OPERATIONS } from './operations.js';
import { RateLimiter } from './RateLimiter.js';
import { SpApiClient, type SpApiClientSettings } from './SpApiClient.js';
import { SpApiFulfillmentApi, type SpApiFulfillmentSettings } from './SpApiFulfillmentApi.js';

export interface SpApiSettings extends SpApiClientSettings, SpApiFulfillmentSettings {
  lwa: LwaSettings;
}

/** The FulfillmentApi over SP-API (or the simulator): LWA tokens, per-operation token buckets, retries. */
export function createSpApiFulfillmentApi(
  settings: SpApiSettings,
  logger: Logger,
  options: { clock?: Clock; fetch?: typeof fetch; usagePlans?: Partial<Record<keyof typeof OPERATIONS, { rate: number; burst: number }>> } = {},
) {
  const clock = options.clock ?? systemClock;
  const fetchImpl = options.fetch ?? fetch;
  // Usage plans default to the model's; a seller with a raised plan (or a test) may pass others.
  const limiter = new RateLimiter({ ...OPERATIONS, ...options.usagePlans }, clock);
  const client = new SpApiClient(settings, new LwaTokenProvider(settings.lwa, clock, fetchImpl), limiter, clock, fetchImpl);
  return { api: new SpApiFulfillmentApi(client, settings, logger), limiter };
}
