import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, batchPutAll } from '@commerce/lib';
import type { SourceStock, StockLevel, WarehouseStock } from '../../domain/models.js';
import type { ApplyOutcome, StockStore } from '../../ports/StockStore.js';
import { keys, stockFromItem } from './table.js';

const GET_CHUNK = 100;
const APPLY_CONCURRENCY = 16;
const APPLY_ATTEMPTS = 5;

type Item = Record<string, unknown>;

/** The stock projection on DynamoDB: one item per SKU holding every warehouse's figures. */
export class DynamoStockStore implements StockStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async stockBySkus(skus: readonly string[], options: { consistent?: boolean } = {}): Promise<Map<string, StockLevel>> {
    const unique = [...new Set(skus)];
    const items = options.consistent ? await this.consistentBatchGet(unique) : await batchGetAll(this.doc, this.table, unique.map(keys.stock));
    return new Map(items.map((item) => [item.sku as string, stockFromItem(item)]));
  }

  async applySourceStock(records: readonly SourceStock[], syncedAt: string): Promise<ApplyOutcome[]> {
    const bySku = new Map<string, Map<string, SourceStock>>();
    for (const record of records) {
      const forSku = bySku.get(record.sku) ?? new Map<string, SourceStock>();
      const seen = forSku.get(record.warehouseId);
      // Within one batch the latest figure of a SKU in a warehouse wins.
      if (!seen || seen.changedAt <= record.changedAt) forSku.set(record.warehouseId, record);
      bySku.set(record.sku, forSku);
    }
    const current = await this.stockBySkus([...bySku.keys()], { consistent: true });
    const outcomes: ApplyOutcome[] = [];
    // SKUs without an item yet are written 25 to a BatchWriteItem. Safe without a condition: only a sync
    // creates stock items (reservations and settlements update existing entries on conditions that fail
    // on a missing item), and one sync per source runs at a time (lease).
    const fresh = [...bySku].filter(([sku]) => !current.has(sku));
    if (fresh.length > 0) {
      await batchPutAll(
        this.doc,
        this.table,
        fresh.map(([sku, forSku]) => ({
          ...keys.stock(sku),
          type: 'Stock',
          sku,
          warehouses: Object.fromEntries([...forSku.values()].map((record) => [record.warehouseId, newEntry(record, syncedAt)])),
        })),
      );
      for (const [sku, forSku] of fresh) {
        for (const record of forSku.values()) outcomes.push({ sku, warehouseId: record.warehouseId, result: 'applied', before: null, after: record.onHand });
      }
    }
    const groups = [...bySku].filter(([sku]) => current.has(sku));
    let next = 0;
    const worker = async () => {
      while (next < groups.length) {
        const [sku, forSku] = groups[next++]!;
        outcomes.push(...(await this.applySku(sku, [...forSku.values()], current.get(sku) ?? null, syncedAt)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(APPLY_CONCURRENCY, groups.length) }, worker));
    return outcomes;
  }

  /**
   * One conditional write per SKU: a new item (when a concurrent sync's item appeared meanwhile, the
   * condition sends us round again), or nested updates of existing warehouse entries on
   * condition that their `changedAt` is still what we read (a concurrent sync loses and re-reads), and
   * new entries on condition that they are still absent. Reservations change `reserved` and `available`
   * only, so they never make a sync's condition fail, and `available` is computed from `reserved` as
   * it is at write time.
   */
  private async applySku(sku: string, records: SourceStock[], current: StockLevel | null, syncedAt: string, attempt = 1): Promise<ApplyOutcome[]> {
    const stored = new Map(current?.warehouses.map((w) => [w.warehouseId, w]));
    const outcomes: ApplyOutcome[] = [];
    const writes: { record: SourceStock; previous: WarehouseStock | undefined }[] = [];
    for (const record of records) {
      const previous = stored.get(record.warehouseId);
      const base = { sku, warehouseId: record.warehouseId };
      if (previous && previous.changedAt > record.changedAt) outcomes.push({ ...base, result: 'stale' });
      else if (previous && previous.changedAt === record.changedAt && previous.onHand === record.onHand) outcomes.push({ ...base, result: 'unchanged' });
      else writes.push({ record, previous });
    }
    if (writes.length === 0) return outcomes;
    try {
      if (!current) {
        const warehouses = Object.fromEntries(writes.map(({ record }) => [record.warehouseId, newEntry(record, syncedAt)]));
        await this.doc.send(
          new PutCommand({ TableName: this.table, Item: { ...keys.stock(sku), type: 'Stock', sku, warehouses }, ConditionExpression: 'attribute_not_exists(PK)' }),
        );
        return [...outcomes, ...writes.map(({ record }) => ({ sku, warehouseId: record.warehouseId, result: 'applied' as const, before: null, after: record.onHand }))];
      }
      const old = await this.updateEntries(sku, writes, syncedAt);
      return [
        ...outcomes,
        ...writes.map(({ record }) => {
          const before = old.get(record.warehouseId);
          return { sku, warehouseId: record.warehouseId, result: 'applied' as const, before: before?.available ?? null, after: record.onHand - (before?.reserved ?? 0) };
        }),
      ];
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException) || attempt >= APPLY_ATTEMPTS) throw err;
      const fresh = (await this.stockBySkus([sku], { consistent: true })).get(sku) ?? null;
      return this.applySku(sku, records, fresh, syncedAt, attempt + 1);
    }
  }

  private async updateEntries(sku: string, writes: { record: SourceStock; previous: WarehouseStock | undefined }[], syncedAt: string) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    const conditions: string[] = [];
    writes.forEach(({ record, previous }, i) => {
      const w = `warehouses.#w${i}`;
      names[`#w${i}`] = record.warehouseId;
      if (previous) {
        names['#source'] = 'source';
        values[':syncedAt'] = syncedAt;
        Object.assign(values, { [`:onHand${i}`]: record.onHand, [`:source${i}`]: record.source, [`:changedAt${i}`]: record.changedAt, [`:previous${i}`]: previous.changedAt });
        sets.push(
          `${w}.onHand = :onHand${i}`,
          `${w}.available = :onHand${i} - ${w}.reserved`,
          `${w}.#source = :source${i}`,
          `${w}.syncedAt = :syncedAt`,
          `${w}.changedAt = :changedAt${i}`,
        );
        conditions.push(`${w}.changedAt = :previous${i}`);
      } else {
        values[`:entry${i}`] = newEntry(record, syncedAt);
        sets.push(`${w} = :entry${i}`);
        conditions.push(`attribute_not_exists(${w})`);
      }
    });
    const out = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.stock(sku),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `attribute_exists(PK) AND ${conditions.join(' AND ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_OLD',
      }),
    );
    return new Map(stockFromItem(out.Attributes ?? {}).warehouses.map((w) => [w.warehouseId, w]));
  }

  private async consistentBatchGet(skus: string[]): Promise<Item[]> {
    const found: Item[] = [];
    for (let i = 0; i < skus.length; i += GET_CHUNK) {
      let pending: Item[] = skus.slice(i, i + GET_CHUNK).map(keys.stock);
      for (let round = 0; pending.length > 0; round++) {
        if (round >= 8) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed on ${this.table}`);
        if (round > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** round));
        const out = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
        found.push(...((out.Responses?.[this.table] ?? []) as Item[]));
        pending = (out.UnprocessedKeys?.[this.table]?.Keys ?? []) as Item[];
      }
    }
    return found;
  }
}

function newEntry(record: SourceStock, syncedAt: string) {
  return { onHand: record.onHand, reserved: 0, available: record.onHand, source: record.source, syncedAt, changedAt: record.changedAt };
}
