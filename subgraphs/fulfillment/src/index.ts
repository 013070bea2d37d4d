import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createEventBus, createLogger, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { InMemoryTtlCache } from './adapters/memory/InMemoryTtlCache.js';
import { createSpApiFulfillmentApi } from './adapters/sp-api/index.js';
import { loadConfig } from './config.js';
import { systemClock } from './ports/Clock.js';
import { createServer } from './server.js';
import { createFulfillmentServices } from './services/index.js';
import type { CachedEstimate } from './services/deliveryEstimates.js';
import { openFulfillmentStore } from './stores.js';

const config = loadConfig(process.env);
const logger = createLogger('fulfillment', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'fulfillment'), logger });

const { store } = await openFulfillmentStore(config);
const { api } = createSpApiFulfillmentApi(
  { ...config.spApi, lwa: config.lwa, estimateMaxAttempts: 2, estimateMaxQueueMs: config.estimates.maxQueueMs },
  logger,
);
const events = createEventBus(config.events, { name: 'fulfillment', routerSecret: config.routerSecret, logger });
// The estimate cache is per process; a fleet would share one (ElastiCache) behind the same port.
const services = createFulfillmentServices(
  { api, store, estimateCache: new InMemoryTtlCache<CachedEstimate>(systemClock), events: events.bus, clock: systemClock },
  {
    estimates: { concurrency: config.estimates.concurrency, maxTtlMs: config.estimates.maxTtlMs, fallbackTtlMs: 5 * 60_000 },
    sync: { trackingRefreshMs: config.trackingRefreshMs },
    sweep: {
      instanceId: `${hostname()}-${randomUUID().slice(0, 8)}`,
      leaseMs: Math.max(2 * config.sweepIntervalMs, 60_000),
      overlapMs: 5 * 60_000,
      initialLookbackMs: 24 * 3_600_000,
      dueBatch: 50,
    },
  },
  logger,
);

const { server, app } = await createServer({ services, logger, routerSecret: config.routerSecret });
const http = await listen(app, config.port);
logger.info({ url: `${http.url}/graphql`, spApi: config.spApi.endpoint }, 'fulfillment subgraph ready');

// The sweep catches what notifications missed; one run at a time, never overlapping itself.
let sweeping = false;
const sweepTimer =
  config.sweepIntervalMs > 0
    ? setInterval(() => {
        if (sweeping) return;
        sweeping = true;
        services.sweep
          .run()
          .then((report) => (report.refreshed + report.failed > 0 ? logger.info(report, 'sweep') : logger.debug(report, 'sweep')))
          .catch((err: unknown) => logger.warn({ err }, 'sweep failed; next run retries'))
          .finally(() => (sweeping = false));
      }, config.sweepIntervalMs)
    : undefined;

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  if (sweepTimer) clearInterval(sweepTimer);
  await http.close();
  await server.stop();
  await events.stop();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
