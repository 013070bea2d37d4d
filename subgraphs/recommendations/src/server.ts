import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { maskErrors, subgraphApp, type Logger } from '@commerce/lib';
import { parse } from 'graphql';
import { createContext, type Context, type RecommendationsPorts } from './context.js';
import { eventsRouter } from './http/events.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface RecommendationsDeps {
  ports: RecommendationsPorts;
  logger: Logger;
  routerSecret: string;
  /** Epoch ms for recency weights; tests pin it. */
  now?: () => number;
}

/** Builds the recommendations subgraph (schema, Apollo Server, HTTP app with `/events`). Opens no port. */
export async function createServer({ ports, logger, routerSecret, now = Date.now }: RecommendationsDeps) {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  const server = new ApolloServer<Context>({
    schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(ports, principal, now) });
  app.use('/events', eventsRouter({ routerSecret, graph: ports.graph, logger }));
  return { schema, server, app };
}
