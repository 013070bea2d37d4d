import { readFileSync } from 'node:fs';
import { startSubgraphServer, subgraphApp, type Logger } from '@commerce/lib';
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
  const { schema, server } = await startSubgraphServer<Context>(typeDefs, resolvers, logger);
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(ports, principal, now) });
  app.use('/events', eventsRouter({ routerSecret, graph: ports.graph, logger }));
  return { schema, server, app };
}
