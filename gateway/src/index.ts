import { createLogger, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { describeRegistry } from '@commerce/lib/registry';
import { loadConfig } from './config.js';
import { createGateway } from './server.js';

// Apollo Gateway otherwise reports usage metrics to Apollo's servers, and tries again on every stop.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

const config = loadConfig(process.env);
const logger = createLogger('gateway', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'gateway'), logger });

const gateway = await createGateway(config, logger);
const http = await listen(gateway.app, config.port);
const publicUrl = `http://localhost:${http.port}/graphql`;
const from = config.registry ? describeRegistry(config.registry.store) : config.supergraphPath;
logger.info({ url: publicUrl, supergraph: { ...gateway.supergraph, from } }, 'gateway ready');
console.log(`Gateway ready at ${publicUrl}`);

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await http.close();
  await gateway.stop();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
