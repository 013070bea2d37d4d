import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { singleTableDefinition } from '@commerce/lib';
import type { FulfillmentModel } from '../../domain/models.js';

/**
 * Single-table design. Every item has PK/SK and a `type`.
 *
 * | item         | PK                   | SK              | GSI1 (due work, sparse)          | other                      |
 * |--------------|----------------------|-----------------|----------------------------------|----------------------------|
 * | Fulfillment  | ORDER#<orderId>      | FULFILLMENT     | DUE / <dueAt>#<orderId> when due | the record, `version`      |
 * | Notification | NOTIFICATION#<id>    | NOTIFICATION    |                                  | `ttl` (epoch s, TTL attr.) |
 * | Watermark    | META                 | SWEEP_WATERMARK |                                  | `watermark`                |
 * | Lease        | META                 | SWEEP_LEASE     |                                  | `owner`, `until`           |
 *
 * GSI1 holds only orders the sweep must revisit (open tracking, unpublished events), so the sweep reads
 * what is due with one Query instead of scanning every order. All its items share one partition key:
 * fine for thousands of orders in flight; shard the key (DUE#0..n) beyond that.
 */
export function fulfillmentTableDefinition(tableName: string): CreateTableCommandInput {
  return singleTableDefinition(tableName, { GSI1: 'KEYS_ONLY' });
}

/** DynamoDB deletes expired notification markers by this attribute once TTL is enabled on the table. */
export const TTL_ATTRIBUTE = 'ttl';

export const DUE = 'DUE';

export const keys = {
  fulfillment: (orderId: string) => ({ PK: `ORDER#${orderId}`, SK: 'FULFILLMENT' }),
  notification: (id: string) => ({ PK: `NOTIFICATION#${id}`, SK: 'NOTIFICATION' }),
  watermark: () => ({ PK: 'META', SK: 'SWEEP_WATERMARK' }),
  lease: () => ({ PK: 'META', SK: 'SWEEP_LEASE' }),
};

type Item = Record<string, unknown>;

export function toItem(record: FulfillmentModel): Item {
  return {
    ...keys.fulfillment(record.orderId),
    type: 'Fulfillment',
    ...(record.dueAt ? { GSI1PK: DUE, GSI1SK: `${record.dueAt}#${record.orderId}` } : {}),
    ...record,
  };
}

export function fromItem(item: Item): FulfillmentModel {
  const { PK, SK, GSI1PK, GSI1SK, type, ...record } = item;
  return record as unknown as FulfillmentModel;
}
