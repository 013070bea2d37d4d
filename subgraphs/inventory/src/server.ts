import { readFileSync } from 'node:fs';
import { startSubgraphServer, subgraphApp, type Logger } from '@commerce/lib';
import { parse } from 'graphql';
import { createContext, type Context } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { InventoryServices } from './services/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface InventoryDeps {
  services: InventoryServices;
  logger: Logger;
  routerSecret: string;
}

/** Builds the inventory subgraph (schema, Apollo Server, HTTP app with `/graphql` and `/healthz`). Opens no port. */
export async function createServer({ services, logger, routerSecret }: InventoryDeps) {
  const { schema, server } = await startSubgraphServer<Context>(typeDefs, resolvers, logger);
  const app = subgraphApp(server, { routerSecret, context: (principal) => createContext(services, principal) });
  return { schema, server, app };
}
