import type { MalformedRecord, SourceStock } from '../../domain/models.js';
import { SOURCE_NAME } from './errors.js';
import type { ODataVersion } from './query.js';

/** One row of A_MatlStkInAcctMod, in our terms. */
export interface MaterialStockRow {
  material: string;
  plant: string;
  storageLocation: string;
  quantity: number;
  changedAt: string;
}

/** Units sold by the piece; a material kept in kilograms or metres is not a SKU we can count. */
const PIECE_UNITS = new Set(['EA', 'PC', 'ST']);

const rowKey = (row: Record<string, unknown>) =>
  [row.Material, row.Plant, row.StorageLocation, row.Batch].flatMap((p) => (typeof p === 'string' && p.trim() !== '' ? [p.trim()] : [])).join('/');

/**
 * `/Date(1718000000000)/` or `/Date(1718000000000+0060)/` (OData V2 JSON; the offset does not move the
 * instant, which is the milliseconds), or an ISO-8601 string (V4).
 */
export function parseODataDateTime(value: unknown, version: ODataVersion): string | null {
  if (typeof value !== 'string') return null;
  if (version === 2) {
    const match = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value);
    if (match) return new Date(Number(match[1])).toISOString();
  }
  const ms = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(ms) ? new Date(ms).toISOString() : null;
}

/** A row in our terms, or the reason it cannot be used. V2 sends Edm.Decimal as a string, V4 as a number. */
export function mapRow(row: Record<string, unknown>, version: ODataVersion): MaterialStockRow | { reason: string } {
  const material = typeof row.Material === 'string' ? row.Material.trim() : '';
  if (material === '' || material.length > 64) return { reason: 'Material is missing or longer than 64 characters' };
  if (typeof row.Plant !== 'string' || row.Plant === '') return { reason: 'Plant is missing' };
  const raw = row.MatlWrhsStkQtyInMatlBaseUnit;
  const quantity = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isNaN(quantity)) return { reason: `MatlWrhsStkQtyInMatlBaseUnit ${JSON.stringify(raw)} is not a number` };
  if (quantity < 0) return { reason: `MatlWrhsStkQtyInMatlBaseUnit ${quantity} is negative` };
  if (!Number.isInteger(quantity)) return { reason: `MatlWrhsStkQtyInMatlBaseUnit ${quantity} is not a whole number of pieces` };
  const unit = typeof row.MaterialBaseUnit === 'string' ? row.MaterialBaseUnit.toUpperCase() : '';
  if (!PIECE_UNITS.has(unit)) return { reason: `MaterialBaseUnit ${JSON.stringify(row.MaterialBaseUnit)} is not a piece unit (${[...PIECE_UNITS].join(', ')})` };
  const changedAt = parseODataDateTime(row.LastChangeDateTime, version);
  if (!changedAt) return { reason: `LastChangeDateTime ${JSON.stringify(row.LastChangeDateTime)} is not a date-time` };
  return { material, plant: row.Plant, storageLocation: typeof row.StorageLocation === 'string' ? row.StorageLocation : '', quantity, changedAt };
}

export interface Aggregated {
  records: SourceStock[];
  malformed: MalformedRecord[];
}

/**
 * Sums the storage locations (and batches) of a material in a plant into one warehouse figure, the
 * plant mapped to its warehouse. A group with any unusable row is quarantined as a whole (its sum would
 * be wrong), each bad row with its reason; rows of plants no warehouse maps to are not ours and skipped.
 * `touched` (delta) lists material/plant pairs that changed: one whose rows are all gone is 0 now.
 */
export function aggregateRows(
  rows: readonly Record<string, unknown>[],
  version: ODataVersion,
  warehouseForPlant: (plant: string) => string | undefined,
  touched?: ReadonlyMap<string, string>,
): Aggregated {
  const groups = new Map<string, { material: string; plant: string; rows: MaterialStockRow[]; bad: MalformedRecord[] }>();
  const malformed: MalformedRecord[] = [];
  for (const row of rows) {
    const mapped = mapRow(row, version);
    if ('reason' in mapped) {
      const material = typeof row.Material === 'string' ? row.Material.trim() : '';
      const plant = typeof row.Plant === 'string' ? row.Plant : '';
      const record = { source: SOURCE_NAME, key: rowKey(row) || '(no key)', reason: mapped.reason, raw: row };
      if (!material || !plant) malformed.push(record);
      else group(groups, material, plant).bad.push(record);
      continue;
    }
    group(groups, mapped.material, mapped.plant).rows.push(mapped);
  }
  const records: SourceStock[] = [];
  for (const { material, plant, rows: good, bad } of groups.values()) {
    const warehouseId = warehouseForPlant(plant);
    if (!warehouseId) continue;
    if (bad.length > 0) {
      malformed.push(...bad.map((b) => ({ ...b, reason: `${b.reason}; stock of ${material} in plant ${plant} not applied` })));
      continue;
    }
    records.push({
      sku: material,
      warehouseId,
      onHand: good.reduce((sum, r) => sum + r.quantity, 0),
      source: SOURCE_NAME,
      changedAt: good.map((r) => r.changedAt).reduce((a, b) => (a > b ? a : b)),
    });
  }
  for (const [key, changedAt] of touched ?? []) {
    const [material, plant] = key.split('\u0000') as [string, string];
    const warehouseId = warehouseForPlant(plant);
    if (warehouseId && !groups.has(key)) records.push({ sku: material, warehouseId, onHand: 0, source: SOURCE_NAME, changedAt });
  }
  return { records, malformed };
}

export const groupKey = (material: string, plant: string) => `${material}\u0000${plant}`;

function group(groups: Map<string, { material: string; plant: string; rows: MaterialStockRow[]; bad: MalformedRecord[] }>, material: string, plant: string) {
  const key = groupKey(material, plant);
  let found = groups.get(key);
  if (!found) groups.set(key, (found = { material, plant, rows: [], bad: [] }));
  return found;
}
