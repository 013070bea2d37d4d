import { createLogger, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { loadConfig } from './config.js';
import { createServer } from './server.js';
import { openGraphStore } from './stores.js';

const config = loadConfig(process.env);
const logger = createLogger('recommendations', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'recommendations'), logger });

const graph = await openGraphStore(config);
const where = config.graph.kind === 'kuzu' ? config.graph.path : config.graph.kind === 'bolt' ? config.graph.uri : config.graph.endpoint;
logger.info({ store: config.graph.kind, at: where }, 'graph store open');
if (config.graph.kind === 'kuzu' && config.graph.path === ':memory:') {
  logger.warn('RECOMMENDATIONS_GRAPH_PATH is unset: the graph lives in memory and starts empty');
}

const { server, app } = await createServer({ ports: { graph }, logger, routerSecret: config.routerSecret });
const http = await listen(app, config.port);
logger.info({ url: `${http.url}/graphql` }, 'recommendations subgraph ready');

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await http.close();
  await server.stop();
  // Kuzu checkpoints on close, so the next process (or the stack's seed) opens a clean database.
  await graph.close();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
