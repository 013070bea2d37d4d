import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConfig {
  /** Unset means AWS DynamoDB in `region`; set for dynalite or DynamoDB Local. */
  endpoint?: string;
  region: string;
}

/** Counts the DynamoDB API calls a service makes, by command name (for tests and benchmarks). */
export class StoreCallCounter {
  private readonly counts = new Map<string, number>();

  record(command: string): void {
    this.counts.set(command, (this.counts.get(command) ?? 0) + 1);
  }

  get(command: string): number {
    return this.counts.get(command) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }
}

/**
 * Every store call this process made, whatever client made it: what `GET /store-calls` of a subgraph
 * reports, so a benchmark can charge store calls to the requests that caused them.
 */
export const processStoreCalls = new StoreCallCounter();

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  calls: StoreCallCounter;
}

export function createDynamoClients(config: DynamoConfig): DynamoClients {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? // Local engines accept any credentials; fixed ones keep a developer's AWS profile out of it.
        { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 4,
  });
  // The SDK's logger middleware walks every input and output through its sensitive-data filter even
  // when no logger is configured (the filtered copies are built before the no-op logger is called):
  // about 4 % of the catalog's CPU on a category page. Nothing here logs through the SDK.
  client.middlewareStack.remove('loggerMiddleware');
  const calls = new StoreCallCounter();
  client.middlewareStack.add(
    (next, context) => (args) => {
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      calls.record(command);
      processStoreCalls.record(command);
      return next(args);
    },
    { step: 'initialize', name: 'storeCallCounter' },
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, calls };
}
