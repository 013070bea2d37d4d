import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { singleTableDefinition } from '@commerce/lib';

/**
 * One table for the orders service:
 *
 * | item                     | PK                          | SK               | indexes                                   |
 * |--------------------------|-----------------------------|------------------|-------------------------------------------|
 * | cart                     | CART#<cartId>               | CART             | TTL expiresAt                             |
 * | order                    | ORDER#<orderId>             | ORDER            | GSI1 CUSTOMER#<id> / <createdAt>#<id>     |
 * | saga                     | ORDER#<orderId>             | SAGA             | GSI2 DUE#<shard> / <dueAt>#… while due    |
 * | outbox record            | ORDER#<orderId>             | OUTBOX#<type>    | GSI2 while unpublished                    |
 * | idempotency key          | IDEMPOTENCY#<scope>#<key>   | IDEMPOTENCY      | TTL expiresAt                             |
 * | inbound event seen       | EVENT#<eventId>             | EVENT            | TTL expiresAt                             |
 * | dead letter              | DEADLETTER                  | <at>#<orderId>#… |                                           |
 * | sandbox payment          | SANDBOXPAY#<authId>         | AUTHORIZATION    |                                           |
 *
 * GSI2 is sparse: only work that is due carries its keys. It is spread over a few partitions so that
 * workers on many replicas do not all read one hot key.
 */
export function ordersTableDefinition(tableName: string): CreateTableCommandInput {
  return singleTableDefinition(tableName, { GSI1: 'ALL', GSI2: 'KEYS_ONLY' });
}

/** The attribute to enable TTL on (infrastructure does that on AWS; dynalite deletes nothing). */
export const TTL_ATTRIBUTE = 'expiresAt';
