import type { Allocation, Destination, SkuShortage, StockLevel, WarehouseModel } from './models.js';

/**
 * The warehouse pick rule, in this order:
 * 1. Fewest warehouses (shipments): the smallest set of warehouses that together hold every line.
 * 2. Closest to the destination: same country and same 3-character postal prefix (0), same first
 *    postal character (1), same country (2), another country (3); summed over the set.
 * 3. Warehouse priority (lower first), then id.
 * Within the chosen set a SKU comes from one warehouse when one can cover it, else it is split in
 * that same order. Without a destination, distance is equal everywhere and priority decides.
 */
export type Plan = { kind: 'plan'; allocations: Allocation[] } | { kind: 'shortage'; shortages: SkuShortage[] };

/** Beyond this many candidate sets the rule takes warehouses greedily in rank order. */
const MAX_SETS = 20_000;

export function distance(warehouse: WarehouseModel, destination: Destination | null): number {
  if (!destination) return 0;
  if (warehouse.location.countryCode !== destination.countryCode) return 3;
  const norm = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
  const a = norm(warehouse.location.postalCode);
  const b = norm(destination.postalCode);
  if (a.slice(0, 3) === b.slice(0, 3)) return 0;
  if (a[0] === b[0]) return 1;
  return 2;
}

export function planAllocations(
  lines: ReadonlyMap<string, number>,
  stock: ReadonlyMap<string, StockLevel>,
  warehouses: readonly WarehouseModel[],
  destination: Destination | null,
): Plan {
  const availableAt = new Map<string, Map<string, number>>();
  const shortages: SkuShortage[] = [];
  for (const [sku, requested] of lines) {
    const byWarehouse = new Map<string, number>();
    for (const entry of stock.get(sku)?.warehouses ?? []) {
      if (entry.available > 0) byWarehouse.set(entry.warehouseId, entry.available);
    }
    availableAt.set(sku, byWarehouse);
    let total = 0;
    for (const [id, units] of byWarehouse) if (warehouses.some((w) => w.id === id)) total += units;
    if (total < requested) shortages.push({ sku, requested, available: total });
  }
  if (shortages.length > 0) return { kind: 'shortage', shortages };

  const ranked = warehouses
    .filter((w) => [...lines.keys()].some((sku) => (availableAt.get(sku)?.get(w.id) ?? 0) > 0))
    .map((w) => ({ w, d: distance(w, destination) }))
    .sort((a, b) => a.d - b.d || a.w.priority - b.w.priority || a.w.id.localeCompare(b.w.id));

  const covers = (set: readonly number[]) =>
    [...lines].every(([sku, requested]) => set.reduce((sum, i) => sum + (availableAt.get(sku)?.get(ranked[i]!.w.id) ?? 0), 0) >= requested);
  const set = smallestCoveringSet(ranked.length, covers, (s) => s.reduce((sum, i) => sum + ranked[i]!.d, 0)) ?? ranked.map((_, i) => i);
  const chosen = set.map((i) => ranked[i]!.w.id);

  const allocations: Allocation[] = [];
  for (const [sku, requested] of lines) {
    const at = availableAt.get(sku)!;
    const single = chosen.find((id) => (at.get(id) ?? 0) >= requested);
    if (single) {
      allocations.push({ sku, warehouseId: single, quantity: requested });
      continue;
    }
    let left = requested;
    for (const id of chosen) {
      const take = Math.min(left, at.get(id) ?? 0);
      if (take > 0) allocations.push({ sku, warehouseId: id, quantity: take });
      left -= take;
      if (left === 0) break;
    }
  }
  return { kind: 'plan', allocations };
}

/**
 * The smallest set of indexes (0..n-1, in rank order) that `covers`, the lowest `cost` among sets of
 * that size, earlier ranks winning ties; null when even all of them do not cover.
 */
function smallestCoveringSet(n: number, covers: (set: number[]) => boolean, cost: (set: number[]) => number): number[] | null {
  let examined = 0;
  for (let size = 1; size <= n; size++) {
    let best: number[] | null = null;
    let bestCost = Infinity;
    for (const set of combinations(n, size)) {
      if (++examined > MAX_SETS) return greedy(n, covers);
      if (!covers(set)) continue;
      const c = cost(set);
      if (c < bestCost) [best, bestCost] = [set, c];
    }
    if (best) return best;
  }
  return null;
}

function greedy(n: number, covers: (set: number[]) => boolean): number[] | null {
  const set: number[] = [];
  for (let i = 0; i < n; i++) {
    set.push(i);
    if (covers(set)) return set;
  }
  return null;
}

function* combinations(n: number, size: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= n - (size - prefix.length); i++) yield* combinations(n, size, i + 1, [...prefix, i]);
}
