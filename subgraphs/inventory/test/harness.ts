import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoClients, createLogger, ensureTable, InMemoryEventBus, type EventEnvelope, type Principal, type StockChangedData } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';
import type { GraphQLFormattedError } from 'graphql';
import { DynamoReservationStore } from '../src/adapters/dynamodb/DynamoReservationStore.js';
import { DynamoStockStore } from '../src/adapters/dynamodb/DynamoStockStore.js';
import { DynamoSyncLog } from '../src/adapters/dynamodb/DynamoSyncLog.js';
import { inventoryTableDefinition } from '../src/adapters/dynamodb/table.js';
import { EdiDropFolderSource } from '../src/adapters/edi-x12/EdiDropFolderSource.js';
import { createErpODataSource } from '../src/adapters/erp-odata/index.js';
import { startErpSimulator, type ErpSimulatorOptions } from '../src/adapters/erp-simulator/index.js';
import { createContext } from '../src/context.js';
import { DEFAULT_WAREHOUSES, WarehouseRegistry } from '../src/domain/warehouses.js';
import type { StockSource } from '../src/ports/StockSource.js';
import { createServer } from '../src/server.js';
import { createInventoryServices } from '../src/services/index.js';

export const TEST_ROUTER_SECRET = 'test-router-secret-of-at-least-32-characters';
export const START = Date.parse('2026-03-02T09:00:00.000Z');
const TABLE = 'inventory-test';

export const principals = {
  anonymous: { kind: 'anonymous', scopes: [], requestId: 'test' } as Principal,
  service: { kind: 'service', id: 'orders', scopes: [], requestId: 'test' } as Principal,
  customer: (id: string): Principal => ({ kind: 'customer', id, scopes: [], requestId: 'test' }),
};

/** The test catalog: 40 products with two variants each, named like the demo catalog's SKUs. */
export const TEST_SKUS = Array.from({ length: 40 }, (_, p) => [1, 2].map((v) => `SKU-${String(p + 1).padStart(6, '0')}-0${v}`)).flat();

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Business time the tests move (reservation expiry, sync times, simulator change stamps). */
export class TestClock {
  constructor(public ms = START) {}
  now = () => this.ms;
  advance(ms: number) {
    this.ms += ms;
  }
}

/**
 * The inventory subgraph over a real dynalite and the ERP simulator (OData V2 by default), with an
 * in-memory bus recording StockChanged, optionally an EDI drop folder.
 */
export async function startInventory(options: { skus?: string[]; erp?: Partial<ErpSimulatorOptions>; odataVersion?: 2 | 4; pageSize?: number; edi?: boolean } = {}) {
  const logger = createLogger('inventory', 'silent');
  const clock = new TestClock();
  const dynalite = await startDynalite();
  const dynamo = createDynamoClients({ endpoint: dynalite.endpoint, region: 'us-east-1' });
  await ensureTable(dynamo.client, inventoryTableDefinition(TABLE));
  const stores = {
    stock: new DynamoStockStore(dynamo.doc, TABLE),
    reservations: new DynamoReservationStore(dynamo.doc, TABLE),
    syncLog: new DynamoSyncLog(dynamo.doc, TABLE),
  };
  const erp = await startErpSimulator({ port: 0, skus: options.skus ?? TEST_SKUS, seededAt: new Date(START - 3_600_000), now: clock.now, logger, ...options.erp });
  const warehouses = new WarehouseRegistry(DEFAULT_WAREHOUSES);
  const version = options.odataVersion ?? 2;
  const erpSource = createErpODataSource(
    { serviceUrl: erp.serviceUrls[version === 2 ? 'v2' : 'v4'], version, pageSize: options.pageSize ?? 500, timeoutMs: 2000, maxAttempts: 2, backoffBaseMs: 5 },
    warehouses,
    logger,
  );
  const ediDir = options.edi ? await mkdtemp(join(tmpdir(), 'inventory-edi-')) : null;
  const sources: StockSource[] = [erpSource, ...(ediDir ? [new EdiDropFolderSource(ediDir, warehouses, logger, clock.now)] : [])];
  const events = new InMemoryEventBus();
  const published: EventEnvelope<StockChangedData>[] = [];
  events.subscribe('StockChanged', async (event) => void published.push(event as EventEnvelope<StockChangedData>));
  const services = createInventoryServices(
    { ...stores, sources, warehouses, events, clock },
    {
      reservations: { maxAttempts: 8, backoffBaseMs: 5 },
      reads: { healthTtlMs: 0, primarySourceLabel: 'ERP' },
      sync: { instanceId: 'test', leaseMs: 60_000, overlapMs: 120_000 },
      expiryBatch: 100,
    },
    logger,
  );
  const { server, schema } = await createServer({ services, logger, routerSecret: TEST_ROUTER_SECRET });

  return {
    clock,
    erp,
    erpSource,
    ediDir,
    stores,
    services,
    schema,
    published,
    dynamoCalls: dynamo.calls,
    async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal: Principal = principals.anonymous): Promise<Result<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(services, principal) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return JSON.parse(JSON.stringify(response.body.singleResult)) as Result<T>;
    },
    /** A full or delta sync of the ERP, failing the test when the run failed. */
    async syncErp(full = false) {
      const run = await services.sync.run(erpSource, { full });
      if (!run || run.status !== 'SUCCEEDED') throw new Error(`ERP sync did not succeed: ${JSON.stringify(run)}`);
      return run;
    },
    async close() {
      await erp.close();
      await server.stop();
      dynamo.client.destroy();
      await dynalite.close();
      if (ediDir) await rm(ediDir, { recursive: true, force: true });
    },
  };
}

export type InventoryHarness = Awaited<ReturnType<typeof startInventory>>;

export const VARIANT_INVENTORY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ProductVariant { sku inventory { available inStock backorderable syncedAt byWarehouse { warehouse { id name type } available syncedAt } } }
    }
  }
`;

export const RESERVE = /* GraphQL */ `
  mutation ($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on StockReservation { orderId status expiresAt allocations { sku warehouseId quantity } }
      ... on StockShortage { code message shortages { sku requested available } }
    }
  }
`;

export const RELEASE = 'mutation ($orderId: ID!) { releaseStock(orderId: $orderId) { orderId status expiresAt allocations { sku warehouseId quantity } } }';
export const COMMIT = 'mutation ($orderId: ID!) { commitStock(orderId: $orderId) { orderId status expiresAt allocations { sku warehouseId quantity } } }';

export const variants = (skus: readonly string[]) => ({ representations: skus.map((sku) => ({ __typename: 'ProductVariant', sku })) });

/** The projection's figures of a SKU per warehouse, read consistently. */
export async function stockOf(h: InventoryHarness, sku: string) {
  const level = (await h.stores.stock.stockBySkus([sku], { consistent: true })).get(sku);
  return Object.fromEntries((level?.warehouses ?? []).map((w) => [w.warehouseId, { onHand: w.onHand, reserved: w.reserved, available: w.available }]));
}

/** Puts a SKU's unrestricted stock per plant into the ERP simulator (other plants 0) and syncs the delta. */
export async function setErpStock(h: InventoryHarness, sku: string, byPlant: Record<string, number>) {
  for (const [plant, quantity] of Object.entries(byPlant)) h.erp.stock.set(sku, plant, quantity);
  return h.syncErp();
}
