import { createDynamoClients, createLogger, ensureTable, type Principal } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';
import type { GraphQLFormattedError } from 'graphql';
import { DynamoProductStore } from '../src/adapters/dynamodb/DynamoProductStore.js';
import { catalogTableDefinition } from '../src/adapters/dynamodb/table.js';
import { MiniSearchIndex } from '../src/adapters/minisearch/MiniSearchIndex.js';
import { createContext } from '../src/context.js';
import { seedCatalog } from '../src/seed/seed.js';
import { createServer } from '../src/server.js';
import { WarmingSearchIndex, warmSearchIndex } from '../src/services/warmingSearchIndex.js';

export const TEST_ROUTER_SECRET = 'test-router-secret-of-at-least-32-characters';
const anonymous: Principal = { kind: 'anonymous', scopes: [], requestId: 'test' };

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * The catalog subgraph over a real dynalite (in memory, ephemeral port) seeded with the first
 * `products` demo products, its search index built unless `indexed` is false (then the test builds it, as
 * the service does after it starts listening). `execute` runs an operation as the gateway would send it.
 */
export async function startCatalog({ products = 120, indexed = true }: { products?: number; indexed?: boolean } = {}) {
  const dynalite = await startDynalite();
  const dynamo = createDynamoClients({ endpoint: dynalite.endpoint, region: 'us-east-1' });
  await ensureTable(dynamo.client, catalogTableDefinition('catalog-test'));
  const store = new DynamoProductStore(dynamo.doc, 'catalog-test');
  await seedCatalog(store, { products });
  const search = new WarmingSearchIndex(new MiniSearchIndex());
  if (indexed) await warmSearchIndex(store, search);
  const ports = { store, search };
  const { server, app, schema } = await createServer({
    ports,
    logger: createLogger('catalog', 'silent'),
    routerSecret: TEST_ROUTER_SECRET,
    readiness: () => search.readiness(),
  });

  return {
    app,
    schema,
    store,
    search,
    calls: dynamo.calls,
    async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(ports, anonymous) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as Result<T>;
    },
    async close() {
      await server.stop();
      dynamo.client.destroy();
      await dynalite.close();
    },
  };
}

export type CatalogHarness = Awaited<ReturnType<typeof startCatalog>>;
