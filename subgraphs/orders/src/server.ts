import { readFileSync } from 'node:fs';
import { startSubgraphServer, subgraphApp, type Logger } from '@commerce/lib';
import { parse } from 'graphql';
import { createContext, type Context } from './context.js';
import { eventsRouter } from './http/events.js';
import { resolvers } from './resolvers/index.js';
import type { OrdersServices } from './services/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface OrdersDeps {
  services: OrdersServices;
  logger: Logger;
  routerSecret: string;
}

/**
 * Builds the orders subgraph (schema, Apollo Server, HTTP app with `/graphql`, `/healthz` and
 * `/events` for FulfillmentStatusChanged). Opens no port and starts no worker.
 */
export async function createServer({ services, logger, routerSecret }: OrdersDeps) {
  const { schema, server } = await startSubgraphServer<Context>(typeDefs, resolvers, logger);
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(services, principal) });
  app.use('/events', eventsRouter({ routerSecret, events: services.fulfillmentEvents, onApplied: () => services.worker.nudge(), logger }));
  return { schema, server, app };
}
