import { readFileSync } from 'node:fs';
import { startSubgraphServer, subgraphApp, type Logger } from '@commerce/lib';
import { parse } from 'graphql';
import { createContext, type Context } from './context.js';
import { notificationRoute } from './http/notificationRoute.js';
import { resolvers } from './resolvers/index.js';
import type { FulfillmentServices } from './services/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface FulfillmentDeps {
  services: FulfillmentServices;
  logger: Logger;
  routerSecret: string;
}

/**
 * Builds the fulfillment subgraph (schema, Apollo Server, HTTP app with `/graphql`, `/healthz` and the
 * SP-API notification endpoint) from its services. Opens no port.
 */
export async function createServer({ services, logger, routerSecret }: FulfillmentDeps) {
  const { schema, server } = await startSubgraphServer<Context>(typeDefs, resolvers, logger);
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(services, principal) });
  app.use(notificationRoute({ routerSecret, notifications: services.notifications, logger }));
  return { schema, server, app };
}
