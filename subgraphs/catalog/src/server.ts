import { readFileSync } from 'node:fs';
import { startSubgraphServer, subgraphApp, type Logger, type Readiness } from '@commerce/lib';
import { parse } from 'graphql';
import { createContext, type CatalogPorts, type Context } from './context.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface CatalogDeps {
  ports: CatalogPorts;
  logger: Logger;
  routerSecret: string;
  readiness?: () => Readiness;
}

/** Builds the catalog subgraph (schema, Apollo Server, HTTP app) from its ports. Opens no port. */
export async function createServer({ ports, logger, routerSecret, readiness }: CatalogDeps) {
  const { schema, server } = await startSubgraphServer<Context>(typeDefs, resolvers, logger);
  const app = subgraphApp(server, { routerSecret, readiness, context: (principal) => createContext(ports, principal) });
  return { schema, server, app };
}
