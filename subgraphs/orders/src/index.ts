import { createEventBus, createLogger, EventTypes, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { HttpCatalog } from './adapters/graphql/HttpCatalog.js';
import { HttpFulfillment } from './adapters/graphql/HttpFulfillment.js';
import { HttpInventory } from './adapters/graphql/HttpInventory.js';
import { serviceClient } from './adapters/graphql/serviceClient.js';
import { EmlFileNotifier } from './adapters/mail/EmlFileNotifier.js';
import { loadConfig } from './config.js';
import { systemClock } from './ports/Clock.js';
import { createServer } from './server.js';
import { createOrdersServices } from './services/index.js';
import { openOrdersStores } from './stores.js';

const config = loadConfig(process.env);
const logger = createLogger('orders', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'orders'), logger });

const stores = await openOrdersStores(config);
const client = (service: string, url: string, timeoutMs = config.services.timeoutMs) => serviceClient({ service, url, routerSecret: config.routerSecret, timeoutMs });
const events = createEventBus(config.events, { name: 'orders', routerSecret: config.routerSecret, logger });

const services = createOrdersServices(
  {
    carts: stores.carts,
    orders: stores.orders,
    work: stores.work,
    catalog: new HttpCatalog(client('catalog', config.services.catalogUrl)),
    inventory: new HttpInventory(client('inventory', config.services.inventoryUrl)),
    fulfillment: new HttpFulfillment(client('fulfillment', config.services.fulfillmentUrl, config.services.fulfillmentTimeoutMs)),
    // The sandbox is the only provider so far; a Stripe or Adyen adapter goes behind the same port.
    payments: stores.sandboxPayments,
    notifier: new EmlFileNotifier(config.mail.dir, config.mail.from),
    events: events.bus,
    clock: systemClock,
  },
  {
    saga: { retry: config.retry, leaseMs: config.worker.leaseMs, holdSeconds: config.stockHoldSeconds },
    outboxRetry: config.outboxRetry,
    worker: { batchSize: config.worker.batchSize, leaseMs: config.worker.leaseMs, pollIntervalMs: config.worker.pollIntervalMs },
  },
  logger,
);
// Events that reach us through a queue (EventBridge → SQS) go to the same handler as POST /events.
events.bus.subscribe(EventTypes.FulfillmentStatusChanged, async (event) => {
  await services.fulfillmentEvents.handle(event);
  services.worker.nudge();
});

const { server, app } = await createServer({ services, logger, routerSecret: config.routerSecret });
const http = await listen(app, config.port);
events.start();
if (config.worker.enabled) services.worker.start();
logger.info({ url: `${http.url}/graphql`, table: config.table, worker: config.worker.enabled }, 'orders subgraph ready');

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await http.close();
  await services.worker.stop();
  await events.stop();
  await server.stop();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
