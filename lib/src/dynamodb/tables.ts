import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/** Creates the table when it does not exist yet and waits until it is ACTIVE. Safe to call from many processes. */
export async function ensureTable(client: DynamoDBClient, definition: CreateTableCommandInput): Promise<void> {
  const TableName = definition.TableName!;
  try {
    const out = await client.send(new DescribeTableCommand({ TableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
    try {
      await client.send(new CreateTableCommand(definition));
    } catch (createErr) {
      if (!(createErr instanceof ResourceInUseException)) throw createErr;
    }
  }
  for (let attempt = 0; attempt < 120; attempt++) {
    const out = await client.send(new DescribeTableCommand({ TableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Table ${TableName} did not become ACTIVE`);
}

/**
 * A single-table design: string keys `PK`/`SK` and, per named index, `<name>PK`/`<name>SK` with the given
 * projection. On-demand billing, as every table of ours is created when missing.
 */
export function singleTableDefinition(tableName: string, indexes: Record<string, 'ALL' | 'KEYS_ONLY'> = {}): CreateTableCommandInput {
  const names = Object.keys(indexes);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: ['PK', 'SK', ...names.flatMap((name) => [`${name}PK`, `${name}SK`])].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    ...(names.length > 0
      ? {
          GlobalSecondaryIndexes: names.map((name) => ({
            IndexName: name,
            KeySchema: [
              { AttributeName: `${name}PK`, KeyType: 'HASH' },
              { AttributeName: `${name}SK`, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: indexes[name] },
          })),
        }
      : {}),
  };
}
