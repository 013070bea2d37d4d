import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { maskErrors, subgraphApp, type Logger } from '@commerce/lib';
import { subgraphObservabilityPlugins } from '@commerce/lib/observability';
import { parse } from 'graphql';
import { createContext, type CatalogPorts, type Context } from './context.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface CatalogDeps {
  ports: CatalogPorts;
  logger: Logger;
  routerSecret: string;
}

/** Builds the catalog subgraph (schema, Apollo Server, HTTP app) from its ports. Opens no port. */
export async function createServer({ ports, logger, routerSecret }: CatalogDeps) {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  const server = new ApolloServer<Context>({
    schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    // Traces go through OpenTelemetry; Apollo's own inline (ftv1) traces would only add work.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...subgraphObservabilityPlugins(logger)],
  });
  await server.start();
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(ports, principal) });
  return { schema, server, app };
}
