/**
 * The simulated ERP's stock table: rows shaped like SAP's A_MatlStkInAcctMod (material × plant ×
 * storage location × stock type), seeded from a SKU list by a fixed rule, so the same SKUs always get
 * the same stock.
 */
export interface StockRow {
  Material: string;
  Plant: string;
  StorageLocation: string;
  Batch: string;
  Supplier: string;
  Customer: string;
  WBSElementInternalID: string;
  SDDocument: string;
  SDDocumentItem: string;
  InventorySpecialStockType: string;
  /** `01` unrestricted use, `02` quality inspection, `07` blocked. */
  InventoryStockType: string;
  MaterialBaseUnit: string;
  /** Kept as a number here; the routes render it as OData's Edm.Decimal. */
  MatlWrhsStkQtyInMatlBaseUnit: number | string;
  /** Epoch ms; rendered as `/Date(…)/` (V2) or ISO-8601 (V4). */
  LastChangeDateTime: number | string;
}

/** The demo plants, matching the inventory subgraph's default warehouse mapping. */
export const SIMULATED_PLANTS = ['1010', '1020', '1110', '1310'] as const;

/** FNV-1a: a small, stable hash so the seed needs no random source. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const DAY = 86_400_000;

function row(material: string, plant: string, storageLocation: string, quantity: number, changedAt: number, stockType = '01'): StockRow {
  return {
    Material: material,
    Plant: plant,
    StorageLocation: storageLocation,
    Batch: '',
    Supplier: '',
    Customer: '',
    WBSElementInternalID: '',
    SDDocument: '',
    SDDocumentItem: '',
    InventorySpecialStockType: '',
    InventoryStockType: stockType,
    MaterialBaseUnit: 'EA',
    MatlWrhsStkQtyInMatlBaseUnit: quantity,
    LastChangeDateTime: changedAt,
  };
}

/**
 * The seed rule for one SKU: always in the Newark DC (1010), in Reno (1020) for two in three SKUs, at
 * Amazon (1310) for half, in the Seattle store (1110) for two in five; 0 to 119 units per plant with
 * one plant in twelve empty; one SKU in 29, and every SKU ending in `-OOS`, out of stock everywhere.
 * Larger quantities are split over two storage locations; some SKUs also have blocked stock (`07`),
 * which is not for sale. Last changed within the 30 days before `seededAt`.
 */
export function seedRows(sku: string, seededAt: number): StockRow[] {
  const h = hash(sku);
  const soldOut = h % 29 === 0 || sku.endsWith('-OOS');
  const plants = SIMULATED_PLANTS.filter((plant) => plant === '1010' || (plant === '1020' && h % 3 !== 0) || (plant === '1310' && h % 2 === 0) || (plant === '1110' && h % 5 < 2));
  const rows: StockRow[] = [];
  for (const plant of plants) {
    const hp = hash(`${sku}@${plant}`);
    const quantity = soldOut || hp % 12 === 0 ? 0 : hp % 120;
    const changedAt = seededAt - (hp % (30 * DAY));
    if (quantity > 10 && hp % 2 === 0) {
      const main = Math.floor(quantity * 0.7);
      rows.push(row(sku, plant, '0001', main, changedAt), row(sku, plant, '0002', quantity - main, changedAt));
    } else {
      rows.push(row(sku, plant, '0001', quantity, changedAt));
    }
    if (hp % 17 === 0) rows.push(row(sku, plant, '0001', 1 + (hp % 5), changedAt, '07'));
  }
  return rows;
}

export const rowId = (r: Pick<StockRow, 'Material' | 'Plant' | 'StorageLocation' | 'InventoryStockType'>) =>
  `${r.Material}|${r.Plant}|${r.StorageLocation}|${r.InventoryStockType}`;

/** The table, with changes stamped by a clock that never repeats a millisecond (deltas stay exact). */
export class SimulatedStock {
  private readonly rows = new Map<string, StockRow>();
  private lastStamp = 0;
  /** Moves on every change, so that a query's result can be kept until the table changes. */
  version = 0;

  constructor(private readonly now: () => number) {}

  seed(skus: Iterable<string>, seededAt = this.now()): number {
    let count = 0;
    for (const sku of skus) {
      for (const r of seedRows(sku, seededAt)) {
        this.rows.set(rowId(r), r);
        count++;
      }
    }
    this.version++;
    return count;
  }

  all(): StockRow[] {
    return [...this.rows.values()];
  }

  /** Sets unrestricted stock of a material in a plant's storage location (default `0001`), stamped now. */
  set(material: string, plant: string, quantity: number, storageLocation = '0001'): StockRow {
    const r = row(material, plant, storageLocation, quantity, this.stamp());
    this.rows.set(rowId(r), r);
    this.version++;
    return r;
  }

  /** Adds a row as given (a test's malformed record), stamped now unless it carries a time. */
  put(partial: Partial<StockRow> & Pick<StockRow, 'Material' | 'Plant'>): StockRow {
    const r = { ...row(partial.Material, partial.Plant, '0001', 0, this.stamp()), ...partial };
    this.rows.set(rowId(r), r);
    this.version++;
    return r;
  }

  /** Unrestricted units of a material in a plant, summed over storage locations. */
  quantity(material: string, plant: string): number {
    return this.all()
      .filter((r) => r.Material === material && r.Plant === plant && r.InventoryStockType === '01')
      .reduce((sum, r) => sum + Number(r.MatlWrhsStkQtyInMatlBaseUnit), 0);
  }

  private stamp(): number {
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
    return this.lastStamp;
  }
}
