import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { singleTableDefinition } from '@commerce/lib';
import type { ReservationModel, StockLevel, WarehouseStock } from '../../domain/models.js';

/**
 * Single-table design. Every item has PK/SK and a `type`.
 *
 * | item        | PK                    | SK                       | GSI1 (sparse)                 | other                                        |
 * |-------------|-----------------------|--------------------------|-------------------------------|----------------------------------------------|
 * | Stock       | SKU#<sku>             | STOCK                    |                               | `warehouses`: { <id>: WarehouseStock }       |
 * | Reservation | RES#<orderId>         | RESERVATION              | HELD / <expiresAt>#<orderId>  | status, expiresAt, allocations               |
 * | Sync state  | SYNC#<source>         | STATE                    |                               | watermark, lastSuccessAt, lastFailureAt      |
 * | Sync lease  | SYNC#<source>         | LEASE                    |                               | owner, until                                 |
 * | Sync run    | SYNC#<source>         | RUN#<startedAt>#<runId>  |                               | counts, status, duration                     |
 * | Quarantine  | QUARANTINE#<source>   | <at>#<key>               |                               | reason, raw (JSON, truncated), runId         |
 *
 * All warehouses of a SKU live in one item: a page of 48 variants is one BatchGetItem of 48 keys, and a
 * reservation's conditional decrement (`warehouses.<id>.available >= :q`) is on the very item the
 * reads use, so a reservation touches one item per SKU plus its own record in one TransactWriteItems.
 * GSI1 holds only HELD reservations, so the expiry sweep reads what is due with one Query. All of them
 * share one partition key: fine for thousands of open holds; shard the key (HELD#0..n) beyond that.
 */
export function inventoryTableDefinition(tableName: string): CreateTableCommandInput {
  return singleTableDefinition(tableName, { GSI1: 'KEYS_ONLY' });
}

export const HELD_INDEX = { name: 'GSI1', partition: 'HELD' } as const;

export const keys = {
  stock: (sku: string) => ({ PK: `SKU#${sku}`, SK: 'STOCK' }),
  reservation: (orderId: string) => ({ PK: `RES#${orderId}`, SK: 'RESERVATION' }),
  syncState: (source: string) => ({ PK: `SYNC#${source}`, SK: 'STATE' }),
  syncLease: (source: string) => ({ PK: `SYNC#${source}`, SK: 'LEASE' }),
  syncRun: (source: string, startedAt: string, runId: string) => ({ PK: `SYNC#${source}`, SK: `RUN#${startedAt}#${runId}` }),
  quarantine: (source: string, at: string, key: string) => ({ PK: `QUARANTINE#${source}`, SK: `${at}#${key}` }),
};

type Item = Record<string, unknown>;
type StoredWarehouseStock = Omit<WarehouseStock, 'warehouseId'>;

export function stockFromItem(item: Item): StockLevel {
  const warehouses = (item.warehouses ?? {}) as Record<string, StoredWarehouseStock>;
  return {
    sku: item.sku as string,
    warehouses: Object.entries(warehouses).map(([warehouseId, entry]) => ({ warehouseId, ...entry })),
  };
}

export function storedWarehouseStock(entry: WarehouseStock): StoredWarehouseStock {
  const { warehouseId, ...stored } = entry;
  return stored;
}

export function reservationToItem(reservation: ReservationModel): Item {
  return {
    ...keys.reservation(reservation.orderId),
    type: 'Reservation',
    ...(reservation.status === 'HELD' ? { GSI1PK: HELD_INDEX.partition, GSI1SK: `${reservation.expiresAt}#${reservation.orderId}` } : {}),
    ...reservation,
  };
}

export function reservationFromItem(item: Item): ReservationModel {
  return {
    orderId: item.orderId as string,
    status: item.status as ReservationModel['status'],
    createdAt: item.createdAt as string,
    expiresAt: item.expiresAt as string,
    settledAt: (item.settledAt as string | null | undefined) ?? null,
    allocations: item.allocations as ReservationModel['allocations'],
  };
}
