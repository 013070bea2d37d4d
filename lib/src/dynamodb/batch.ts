import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Key = Record<string, unknown>;
type Item = Record<string, unknown>;

const GET_CHUNK = 100; // BatchGetItem's limit per request
const WRITE_CHUNK = 25; // BatchWriteItem's limit per request
const MAX_ROUNDS = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (round: number) => sleep(Math.min(1000, 25 * 2 ** round) * (0.5 + Math.random() / 2));

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Reads many items by primary key: one BatchGetItem per 100 keys (in parallel), retrying the
 * UnprocessedKeys DynamoDB hands back under throttling. Items come back in no particular order.
 */
export async function batchGetAll(doc: DynamoDBDocumentClient, table: string, keys: readonly Key[]): Promise<Item[]> {
  const chunks = chunk(keys, GET_CHUNK);
  const results = await Promise.all(
    chunks.map(async (initial) => {
      const found: Item[] = [];
      let pending: Key[] = initial;
      for (let round = 0; pending.length > 0; round++) {
        if (round >= MAX_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed on ${table}`);
        if (round > 0) await backoff(round);
        const out = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
        found.push(...((out.Responses?.[table] ?? []) as Item[]));
        pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
      }
      return found;
    }),
  );
  return results.flat();
}

/** Writes many items: one BatchWriteItem per 25, `concurrency` at a time, retrying UnprocessedItems. */
export async function batchPutAll(
  doc: DynamoDBDocumentClient,
  table: string,
  items: readonly Item[],
  options: { concurrency?: number; onProgress?: (written: number) => void } = {},
): Promise<void> {
  const chunks = chunk(items, WRITE_CHUNK);
  const concurrency = options.concurrency ?? 8;
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const batch = chunks[next++]!;
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let round = 0; pending.length > 0; round++) {
        if (round >= MAX_ROUNDS) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed on ${table}`);
        if (round > 0) await backoff(round);
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
      written += batch.length;
      options.onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
}
