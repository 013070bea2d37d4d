import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { maskErrors, type Logger } from '@commerce/lib';
import express from 'express';
import type { GatewayConfig } from './config.js';
import { loadPlaygroundExamples } from './playground/examples.js';
import { playgroundRouter } from './playground/router.js';
import { checkSubgraphs, type SubgraphTarget } from './readiness.js';

/**
 * Builds the gateway over a supergraph file: Apollo Gateway for planning and execution, Apollo Server
 * for the HTTP protocol, and express for health, readiness and the playground. Opens no port.
 */
export async function createGateway(config: GatewayConfig, logger: Logger) {
  const supergraphSdl = await readFile(config.supergraphPath, 'utf8');
  const subgraphs: SubgraphTarget[] = [];

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService({ name, url }) {
      const target = config.subgraphUrls[name.toLowerCase()] ?? url;
      if (!target) throw new Error(`Subgraph ${name} has no URL; set SUBGRAPH_${name.toUpperCase()}_URL.`);
      subgraphs.push({ name, url: target });
      return new RemoteGraphQLDataSource({ url: target });
    },
  });

  const server = new ApolloServer({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(logger),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkSubgraphs(subgraphs, config.readinessTimeoutMs);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  if (config.playground) {
    const examples = await loadPlaygroundExamples(config.playgroundExamplesDir);
    app.use(playgroundRouter({ endpoint: '/graphql', examples }));
  }
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));

  return {
    app,
    server,
    subgraphs,
    async stop() {
      await server.stop();
    },
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
