import { createLogger, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { MiniSearchIndex } from './adapters/minisearch/MiniSearchIndex.js';
import { loadConfig } from './config.js';
import { createServer } from './server.js';
import { WarmingSearchIndex, warmSearchIndex } from './services/warmingSearchIndex.js';
import { openProductStore } from './stores.js';

const config = loadConfig(process.env);
const logger = createLogger('catalog', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'catalog'), logger });

const { store } = await openProductStore(config);
const search = new WarmingSearchIndex(new MiniSearchIndex());
const { server, app } = await createServer({
  ports: { store, search },
  logger,
  routerSecret: config.routerSecret,
  readiness: () => search.readiness(),
});
const http = await listen(app, config.port);
logger.info({ url: `${http.url}/graphql` }, 'catalog subgraph listening; search waits for its index (see /readyz)');

// Indexing a large catalog takes minutes; listening first lets lookups and health checks through meanwhile.
const started = performance.now();
try {
  const indexed = await warmSearchIndex(store, search);
  logger.info({ products: indexed, ms: Math.round(performance.now() - started) }, 'search index built; catalog subgraph ready');
} catch (err) {
  logger.fatal({ err }, 'could not build the search index');
  process.exit(1);
}

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await http.close();
  await server.stop();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
