import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { maskErrors, principalHeaders, type Logger, type Principal } from '@commerce/lib';
import { httpSpanMiddleware, operationSpanPlugin, requestIdMiddleware, requestLogPlugin } from '@commerce/lib/observability';
import express from 'express';
import { createAuthenticator } from './auth/authenticate.js';
import { principalMiddleware } from './auth/middleware.js';
import { markEnforcedSecurityFeatures } from './auth/securityFeatures.js';
import type { GatewayConfig } from './config.js';
import { EdgeGateway } from './edgeGateway.js';
import { bodyErrors, jsonBody, loadTrustedDocuments, operationLimits, rateLimit, trustedDocuments } from './limits/index.js';
import { GatewayMetrics, instrumentFetcher } from './observability/index.js';
import { loadPlaygroundExamples } from './playground/examples.js';
import { playgroundRouter } from './playground/router.js';
import { checkSubgraphs, type SubgraphTarget } from './readiness.js';
import { createAgent, createSubgraphFetcher, type FetchObserver } from './resilience/subgraphFetcher.js';
import { SubgraphDataSource, type GatewayContext } from './subgraphRequests.js';

export interface GatewayHooks {
  /** Observes subgraph fetches and circuit state, besides the metrics (tests). */
  fetches?: FetchObserver;
}

function both(a: FetchObserver, b: FetchObserver | undefined): FetchObserver {
  if (!b) return a;
  return {
    fetched: (...args) => (a.fetched?.(...args), b.fetched?.(...args)),
    circuit: (...args) => (a.circuit?.(...args), b.circuit?.(...args)),
  };
}

/**
 * Builds the gateway over a supergraph file: Apollo Gateway for planning and execution, Apollo Server
 * for the HTTP protocol, and express for identity, health, readiness and the playground. Opens no port.
 */
export async function createGateway(config: GatewayConfig, logger: Logger, hooks: GatewayHooks = {}) {
  const supergraphSdl = markEnforcedSecurityFeatures(await readFile(config.supergraphPath, 'utf8'));
  const subgraphs: SubgraphTarget[] = [];
  const agent = createAgent();
  const metrics = new GatewayMetrics();
  const fetches = both(metrics.fetchObserver(), hooks.fetches);

  const gateway = new EdgeGateway({
    supergraphSdl,
    logger,
    __exposeQueryPlanExperimental: config.exposeQueryPlan,
    queryPlannerConfig: { cache: metrics.queryPlanCache() },
    buildService({ name, url }) {
      const target = config.subgraphUrls[name.toLowerCase()] ?? url;
      if (!target) throw new Error(`Subgraph ${name} has no URL; set SUBGRAPH_${name.toUpperCase()}_URL.`);
      subgraphs.push({ name, url: target });
      const resilience = { ...config.resilience, timeoutMs: config.subgraphTimeouts[name.toLowerCase()] ?? config.resilience.timeoutMs };
      const fetcher = instrumentFetcher(name, createSubgraphFetcher(name, resilience, agent, fetches));
      return new SubgraphDataSource(target, fetcher, config.routerSecret);
    },
  });

  const limits = operationLimits<GatewayContext>(supergraphSdl, config.limits.operations);
  const documents =
    config.limits.trustedDocuments === 'off' ? new Map() : await loadTrustedDocuments(config.limits.trustedDocumentsPath);

  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limits.plugin,
      metrics.plugin(),
      requestLogPlugin(logger),
      operationSpanPlugin({ executionSpan: false }),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestIdMiddleware());
  app.get('/metrics', metrics.handler());
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
    httpSpanMiddleware(),
    principalMiddleware(createAuthenticator(config.auth), logger),
    // Throttled clients are turned away before their body is even read.
    rateLimit({ limits: config.limits.rateLimits }),
    jsonBody(config.limits.maxBodyBytes),
    bodyErrors(config.limits.maxBodyBytes),
    trustedDocuments({ mode: config.limits.trustedDocuments, documents }),
    expressMiddleware(server, {
      context: async ({ res }) => ({ principal: res.locals.principal as Principal }),
    }),
  );

  return {
    app,
    server,
    subgraphs,
    metrics,
    async stop() {
      await server.stop();
      await agent.close();
    },
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
