import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { maskErrors, principalHeaders, type Logger, type Principal } from '@commerce/lib';
import { openRegistryStore } from '@commerce/lib/registry';
import { httpSpanMiddleware, operationSpanPlugin, requestIdMiddleware, requestLogPlugin } from '@commerce/lib/observability';
import express from 'express';
import { createAuthenticator } from './auth/authenticate.js';
import { principalMiddleware } from './auth/middleware.js';
import type { GatewayConfig } from './config.js';
import { EdgeGateway } from './edgeGateway.js';
import { rememberShapingOperations } from './execution/rememberOperations.js';
import { compileResponseShaping } from './execution/shapeResponse.js';
import { bodyErrors, jsonBody, loadTrustedDocuments, operationLimits, rateLimit, trustedDocuments } from './limits/index.js';
import { GatewayMetrics, instrumentFetcher } from './observability/index.js';
import { loadPlaygroundExamples } from './playground/examples.js';
import { playgroundRouter } from './playground/router.js';
import { checkSubgraphs, type SubgraphTarget } from './readiness.js';
import { prepareSupergraph } from './registry/prepareSupergraph.js';
import { FileSupergraph, RegistrySupergraph, type SupergraphSource } from './registry/supergraphSource.js';
import { UsageRecorder } from './registry/usageRecorder.js';
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
 * Builds the gateway over a supergraph file, or over the schema registry, whose new versions it loads
 * while serving: Apollo Gateway for planning and execution, Apollo Server for the HTTP protocol, and
 * express for identity, health, readiness and the playground. Opens no port.
 */
export async function createGateway(config: GatewayConfig, logger: Logger, hooks: GatewayHooks = {}) {
  const targets = new Map<string, SubgraphTarget>();
  const agent = createAgent();
  const metrics = new GatewayMetrics();
  const fetches = both(metrics.fetchObserver(), hooks.fetches);

  const registry = config.registry && (await openRegistryStore(config.registry.store));
  const prepare = (sdl: string) => prepareSupergraph(sdl, config.subgraphUrls);
  const supergraph: SupergraphSource =
    config.registry && registry
      ? new RegistrySupergraph(registry, {
          pollMs: config.registry.pollMs,
          prepare,
          logger,
          loaded: (state) => metrics.setSupergraph(state, true),
          refused: () => metrics.recordSupergraphRefused(),
        })
      : new FileSupergraph(config.supergraphPath, prepare);
  const initial = await supergraph.load().catch(async (err: unknown) => {
    await agent.close();
    await registry?.close();
    throw err;
  });
  metrics.setSupergraph(supergraph.state);
  const usage =
    config.registry && registry && config.registry.usage.sampleRate > 0
      ? new UsageRecorder({ ...config.registry.usage, store: registry, logger })
      : undefined;

  rememberShapingOperations();
  if (config.responseShaping === 'compiled') compileResponseShaping();
  const gateway = new EdgeGateway({
    supergraphSdl: supergraph,
    logger,
    __exposeQueryPlanExperimental: config.exposeQueryPlan,
    queryPlannerConfig: { cache: metrics.queryPlanCache() },
    buildService({ name, url }) {
      const target = config.subgraphUrls[name.toLowerCase()] ?? url;
      if (!target) throw new Error(`Subgraph ${name} has no URL; set SUBGRAPH_${name.toUpperCase()}_URL.`);
      targets.set(name, { name, url: target });
      const resilience = { ...config.resilience, timeoutMs: config.subgraphTimeouts[name.toLowerCase()] ?? config.resilience.timeoutMs };
      const fetcher = instrumentFetcher(name, createSubgraphFetcher(name, resilience, agent, fetches));
      return new SubgraphDataSource(target, fetcher, config.routerSecret);
    },
  });

  const limits = operationLimits<GatewayContext>(initial.sdl, config.limits.operations);
  // A new supergraph brings new cost weights and new fields to record; the edge's auth rules follow it
  // inside EdgeGateway. Listeners run within the gateway's synchronous swap, before the next request.
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    limits.update(coreSupergraphSdl);
    usage?.schemaChanged();
  });
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
      ...(usage ? [usage.plugin<GatewayContext>()] : []),
      requestLogPlugin(logger),
      operationSpanPlugin({ executionSpan: false }),
    ],
  });
  await server.start();
  usage?.start();
  // Only the subgraphs of the supergraph in service: one a new version dropped is no longer called.
  const subgraphs = () => supergraph.state.subgraphs.flatMap((name) => targets.get(name) ?? []);

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are not revalidated by ETag: hashing every response body for one was wasted work.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(requestIdMiddleware());
  app.get('/metrics', metrics.handler());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkSubgraphs(subgraphs(), config.readinessTimeoutMs, () =>
      principalHeaders({ kind: 'service', id: 'gateway', scopes: [], requestId: 'readiness' }, config.routerSecret),
    );
    const { version, hash, loadedAt, source } = supergraph.state;
    res.status(readiness.ready ? 200 : 503).json({ ...readiness, supergraph: { version, hash, loadedAt: loadedAt.toISOString(), source } });
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
    metrics,
    get subgraphs() {
      return subgraphs();
    },
    /** The supergraph in service. */
    get supergraph() {
      return supergraph.state;
    },
    /** Looks for a newer registry version now rather than at the next poll (tests, operators). */
    poll: () => (supergraph instanceof RegistrySupergraph ? supergraph.poll() : Promise.resolve('unchanged' as const)),
    /** Writes recorded usage into the registry now rather than at the next flush. */
    flushUsage: () => usage?.flush() ?? Promise.resolve(0),
    async stop() {
      // Stops polling (the gateway calls the supergraph source's cleanup), then flushes usage.
      await server.stop();
      await usage?.stop();
      await agent.close();
      await registry?.close();
    },
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
