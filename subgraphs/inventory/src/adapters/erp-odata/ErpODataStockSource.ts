import type { MalformedRecord } from '../../domain/models.js';
import type { WarehouseRegistry } from '../../domain/warehouses.js';
import type { StockBatch, StockSource } from '../../ports/StockSource.js';
import type { ODataClient } from './client.js';
import { SOURCE_NAME } from './errors.js';
import { aggregateRows, groupKey, parseODataDateTime } from './mapping.js';
import { MATERIALS_PER_REQUEST } from './query.js';

type Row = Record<string, unknown>;
const BY_GROUP = ['Material', 'Plant', 'StorageLocation'] as const;

/**
 * Stock from an SAP-style ERP over OData (API_MATERIAL_STOCK_SRV, entity A_MatlStkInAcctMod), for the
 * plants our warehouses map to, unrestricted-use own stock only.
 *
 * - Full sync: every row, ordered by material and plant so that the storage locations of a material
 *   in a plant arrive together (a group cut by a page boundary is held back until its end).
 * - Delta: first the material/plant pairs changed since the watermark (`LastChangeDateTime ge …`),
 *   then all rows of those materials, because a plant's figure is the sum over its storage locations
 *   and a delta row alone would give only part of it.
 */
export class ErpODataStockSource implements StockSource {
  readonly name = SOURCE_NAME;

  constructor(
    private readonly client: ODataClient,
    private readonly warehouses: WarehouseRegistry,
  ) {}

  changes(watermark: string | null, signal?: AbortSignal): AsyncIterable<StockBatch> {
    return watermark === null ? this.full(signal) : this.delta(watermark, signal);
  }

  private readonly warehouseForPlant = (plant: string) => this.warehouses.forPlant(plant)?.id;

  private async *full(signal?: AbortSignal): AsyncGenerator<StockBatch> {
    const plants = this.warehouses.plants();
    if (plants.length === 0) return;
    let carry: Row[] = [];
    let done = 0;
    let total: number | undefined;
    let watermark: string | undefined;
    for await (const page of this.client.pages({ plants, orderBy: BY_GROUP, count: true }, signal)) {
      total ??= page.count;
      done += page.rows.length;
      watermark = latest(watermark, page.rows, this.client.version);
      const rows = [...carry, ...page.rows];
      const last = rows.at(-1);
      const cut = last ? rows.findIndex((r) => r.Material === last.Material && r.Plant === last.Plant) : rows.length;
      carry = rows.slice(cut);
      yield this.batch(rows.slice(0, cut), { done, ...(total !== undefined ? { total } : {}) }, watermark);
    }
    if (carry.length > 0) yield this.batch(carry, { done, ...(total !== undefined ? { total } : {}) }, watermark);
  }

  private async *delta(since: string, signal?: AbortSignal): AsyncGenerator<StockBatch> {
    const plants = this.warehouses.plants();
    if (plants.length === 0) return;
    const version = this.client.version;
    const touched = new Map<string, string>();
    const malformed: MalformedRecord[] = [];
    let watermark: string | undefined;
    const changed = this.client.pages({ plants, changedSince: since, select: ['Material', 'Plant', 'LastChangeDateTime'], orderBy: ['LastChangeDateTime', 'Material'], count: false }, signal);
    for await (const page of changed) {
      for (const row of page.rows) {
        const changedAt = parseODataDateTime(row.LastChangeDateTime, version);
        const material = typeof row.Material === 'string' ? row.Material.trim() : '';
        if (!changedAt || !material || typeof row.Plant !== 'string') {
          malformed.push({ source: SOURCE_NAME, key: [material, row.Plant].filter(Boolean).join('/') || '(no key)', reason: 'changed row without Material, Plant or a valid LastChangeDateTime', raw: row });
          continue;
        }
        const key = groupKey(material, row.Plant);
        if (!touched.has(key) || touched.get(key)! < changedAt) touched.set(key, changedAt);
        if (!watermark || changedAt > watermark) watermark = changedAt;
      }
    }
    const materials = [...new Set([...touched.keys()].map((key) => key.split('\u0000')[0]!))];
    if (materials.length === 0) {
      yield { records: [], malformed, ...(watermark ? { watermark } : {}) };
      return;
    }
    for (let i = 0; i < materials.length; i += MATERIALS_PER_REQUEST) {
      const chunk = materials.slice(i, i + MATERIALS_PER_REQUEST);
      const rows: Row[] = [];
      for await (const page of this.client.pages({ plants, materials: chunk, orderBy: BY_GROUP, count: false }, signal)) rows.push(...page.rows);
      const inChunk = new Set(chunk);
      const touchedHere = new Map([...touched].filter(([key]) => inChunk.has(key.split('\u0000')[0]!)));
      const batch = this.batch(rows, { done: Math.min(materials.length, i + chunk.length), total: materials.length }, watermark, touchedHere);
      if (i === 0) batch.malformed.unshift(...malformed);
      yield batch;
    }
  }

  private batch(rows: readonly Row[], progress: StockBatch['progress'], watermark: string | undefined, touched?: Map<string, string>): StockBatch {
    const { records, malformed } = aggregateRows(rows, this.client.version, this.warehouseForPlant, touched);
    return { records, malformed, ...(progress ? { progress } : {}), ...(watermark ? { watermark } : {}) };
  }
}

function latest(current: string | undefined, rows: readonly Row[], version: 2 | 4): string | undefined {
  let max = current;
  for (const row of rows) {
    const at = parseODataDateTime(row.LastChangeDateTime, version);
    if (at && (!max || at > max)) max = at;
  }
  return max;
}
