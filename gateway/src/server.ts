import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { maskErrors, principalHeaders, type Logger, type Principal } from '@commerce/lib';
import express from 'express';
import { createAuthenticator } from './auth/authenticate.js';
import { principalMiddleware } from './auth/middleware.js';
import { markEnforcedSecurityFeatures } from './auth/securityFeatures.js';
import type { GatewayConfig } from './config.js';
import { EdgeGateway } from './edgeGateway.js';
import { loadPlaygroundExamples } from './playground/examples.js';
import { playgroundRouter } from './playground/router.js';
import { checkSubgraphs, type SubgraphTarget } from './readiness.js';
import { createAgent, createSubgraphFetcher, type FetchObserver } from './resilience/subgraphFetcher.js';
import { SubgraphDataSource, type GatewayContext } from './subgraphRequests.js';

export interface GatewayHooks {
  /** Observes subgraph fetches and circuit state (metrics, tests). */
  fetches?: FetchObserver;
}

/**
 * Builds the gateway over a supergraph file: Apollo Gateway for planning and execution, Apollo Server
 * for the HTTP protocol, and express for identity, health, readiness and the playground. Opens no port.
 */
export async function createGateway(config: GatewayConfig, logger: Logger, hooks: GatewayHooks = {}) {
  const supergraphSdl = markEnforcedSecurityFeatures(await readFile(config.supergraphPath, 'utf8'));
  const subgraphs: SubgraphTarget[] = [];
  const agent = createAgent();

  const gateway = new EdgeGateway({
    supergraphSdl,
    logger,
    __exposeQueryPlanExperimental: config.exposeQueryPlan,
    buildService({ name, url }) {
      const target = config.subgraphUrls[name.toLowerCase()] ?? url;
      if (!target) throw new Error(`Subgraph ${name} has no URL; set SUBGRAPH_${name.toUpperCase()}_URL.`);
      subgraphs.push({ name, url: target });
      const resilience = { ...config.resilience, timeoutMs: config.subgraphTimeouts[name.toLowerCase()] ?? config.resilience.timeoutMs };
      return new SubgraphDataSource(target, createSubgraphFetcher(name, resilience, agent, hooks.fetches), config.routerSecret);
    },
  });

  const server = new ApolloServer<GatewayContext>({
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
    const readiness = await checkSubgraphs(subgraphs, config.readinessTimeoutMs, () =>
      principalHeaders({ kind: 'service', id: 'gateway', scopes: [], requestId: 'readiness' }, config.routerSecret),
    );
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  if (config.playground) {
    const examples = await loadPlaygroundExamples(config.playgroundExamplesDir);
    app.use(playgroundRouter({ endpoint: '/graphql', examples }));
  }
  app.use(
    '/graphql',
    principalMiddleware(createAuthenticator(config.auth), logger),
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ res }) => ({ principal: res.locals.principal as Principal }),
    }),
  );

  return {
    app,
    server,
    subgraphs,
    async stop() {
      await server.stop();
      await agent.close();
    },
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
