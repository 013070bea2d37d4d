import type { Inventory, ReservationStatus, ReserveOutcome } from '../../ports/Inventory.js';
import type { GraphqlCall } from './serviceClient.js';

export const RESERVE = /* GraphQL */ `
  mutation OrdersReserveStock($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on StockReservation { orderId status }
      ... on StockShortage { code message shortages { sku requested available } }
    }
  }
`;
export const RELEASE = /* GraphQL */ `
  mutation OrdersReleaseStock($orderId: ID!) { releaseStock(orderId: $orderId) { status } }
`;
export const COMMIT = /* GraphQL */ `
  mutation OrdersCommitStock($orderId: ID!) { commitStock(orderId: $orderId) { status } }
`;

type ReserveResult =
  | { __typename: 'StockReservation'; status: ReservationStatus }
  | { __typename: 'StockShortage'; message: string; shortages: { sku: string; requested: number; available: number }[] };

/** The inventory subgraph's service mutations (`@inaccessible`, service principal only). */
export class HttpInventory implements Inventory {
  constructor(private readonly call: GraphqlCall) {}

  async reserve(request: Parameters<Inventory['reserve']>[0]): Promise<ReserveOutcome> {
    const { reserveStock } = await this.call<{ reserveStock: ReserveResult }>(RESERVE, { input: request });
    return reserveStock.__typename === 'StockShortage'
      ? { kind: 'shortage', message: reserveStock.message, shortages: reserveStock.shortages }
      : { kind: 'reserved', status: reserveStock.status };
  }

  async release(orderId: string): Promise<ReservationStatus | null> {
    const { releaseStock } = await this.call<{ releaseStock: { status: ReservationStatus } | null }>(RELEASE, { orderId });
    return releaseStock?.status ?? null;
  }

  async commit(orderId: string): Promise<ReservationStatus | null> {
    const { commitStock } = await this.call<{ commitStock: { status: ReservationStatus } | null }>(COMMIT, { orderId });
    return commitStock?.status ?? null;
  }
}
