import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, listen, type Listening, type Logger, type Principal } from '@commerce/lib';
import {
  httpSpanMiddleware,
  injectTraceContext,
  operationSpanPlugin,
  requestIdMiddleware,
  requestLogPlugin,
  subgraphObservabilityPlugins,
} from '@commerce/lib/observability';
import express from 'express';
import { parse } from 'graphql';
import type { GatewayMetrics } from './metrics.js';
import { instrumentFetcher } from './subgraphFetch.js';

/** A one-subgraph federation in one process, wired the way the gateway and subgraphs use this folder. */
export const PRODUCTS_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
type Query { topProducts: [Product!]! }
type Product @key(fields: "id") { id: ID! name: String! }`;

export async function startProductsSubgraph(): Promise<Listening & { stop(): Promise<void> }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(PRODUCTS_SDL),
    resolvers: { Query: { topProducts: () => [{ id: 'p1', name: 'Kettle' }] } },
  });
  const logger = createLogger('products', 'silent');
  const server = new ApolloServer({ schema, logger, plugins: subgraphObservabilityPlugins(logger) });
  await server.start();
  const app = express();
  app.use(requestIdMiddleware());
  app.use('/graphql', httpSpanMiddleware(), express.json(), expressMiddleware(server));
  const http = await listen(app, 0, '127.0.0.1');
  return {
    ...http,
    async stop() {
      await http.close();
      await server.stop();
    },
  };
}

/** A plain Apollo Gateway (defaults) over the products subgraph, for checks on what the gateway itself calls. */
export async function startPlainProductsGateway(): Promise<{ server: ApolloServer; stop(): Promise<void> }> {
  const subgraph = await startProductsSubgraph();
  const composed = composeServices([{ name: 'products', typeDefs: parse(PRODUCTS_SDL), url: `${subgraph.url}/graphql` }]);
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl!, logger: createLogger('gateway', 'silent') }) });
  await server.start();
  return {
    server,
    async stop() {
      await server.stop();
      await subgraph.stop();
    },
  };
}

interface Context {
  principal: Principal;
}

class TracedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(url: string, name: string, instrument: boolean) {
    super({ url });
    if (instrument) this.fetcher = instrumentFetcher(name, this.fetcher);
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions<Context>): void {
    if (request.http) injectTraceContext(request.http.headers);
  }
}

export interface GatewayFixtureOptions {
  subgraphUrl: string;
  metrics: GatewayMetrics;
  /** Wrap the data source fetcher with `instrumentFetcher` (otherwise only `injectTraceContext`). */
  instrumentFetch: boolean;
  exposeQueryPlan: boolean;
  logger?: Logger;
}

export async function startGateway(options: GatewayFixtureOptions): Promise<Listening & { stop(): Promise<void> }> {
  const composed = composeServices([{ name: 'products', typeDefs: parse(PRODUCTS_SDL), url: options.subgraphUrl }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  const gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    logger: createLogger('gateway', 'silent'),
    queryPlannerConfig: { cache: options.metrics.queryPlanCache() },
    __exposeQueryPlanExperimental: options.exposeQueryPlan,
    buildService: ({ name, url }) => new TracedDataSource(url!, name, options.instrumentFetch),
  });
  const server = new ApolloServer<Context>({
    gateway,
    plugins: [
      options.metrics.plugin<Context>(),
      requestLogPlugin<Context>(options.logger ?? createLogger('gateway', 'silent')),
      operationSpanPlugin<Context>({ executionSpan: false }),
    ],
  });
  await server.start();
  const app = express();
  app.use(requestIdMiddleware());
  app.get('/metrics', options.metrics.handler());
  app.use(
    '/graphql',
    httpSpanMiddleware(),
    express.json(),
    expressMiddleware(server, {
      context: async ({ req }): Promise<Context> => ({ principal: { kind: 'anonymous', scopes: [], requestId: req.get('x-request-id')! } }),
    }),
  );
  const http = await listen(app, 0, '127.0.0.1');
  return {
    ...http,
    async stop() {
      await http.close();
      await server.stop();
    },
  };
}
