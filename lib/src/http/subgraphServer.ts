import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DocumentNode } from 'graphql';
import type { Logger } from '../logger.js';
import { subgraphObservabilityPlugins } from '../observability/plugins.js';
import { enforceAuthDirectives } from '../trust/authorization.js';
import { maskErrors } from './formatError.js';

/**
 * A subgraph's schema and started Apollo Server, the same way for every subgraph: its own
 * `@authenticated` / `@requiresScopes` enforced (defence in depth behind the gateway), errors masked,
 * request logs and spans on, Apollo's inline traces off (traces go through OpenTelemetry).
 */
export async function startSubgraphServer<TContext extends BaseContext>(typeDefs: DocumentNode, resolvers: object, logger: Logger) {
  const schema = enforceAuthDirectives(buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }));
  const server = new ApolloServer<TContext>({
    schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...subgraphObservabilityPlugins(logger)],
  });
  await server.start();
  return { schema, server };
}
