import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

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
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'GSI1',
        KeySchema: [
          { AttributeName: 'GSI1PK', KeyType: 'HASH' },
          { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: 'GSI2',
        KeySchema: [
          { AttributeName: 'GSI2PK', KeyType: 'HASH' },
          { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
}

/** The attribute to enable TTL on (infrastructure does that on AWS; dynalite deletes nothing). */
export const TTL_ATTRIBUTE = 'expiresAt';
