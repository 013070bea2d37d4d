/**
 * The inventory domain's shapes. GraphQL types map onto these (codegen mappers); they carry no I/O.
 */

/** A reference to a variant, as the gateway sends it (`ProductVariant @key(fields: "sku")`). */
export interface VariantRef {
  sku: string;
}

/** A product reference with the variant SKUs the gateway fetched from the catalog (`@requires`). */
export interface ProductRef {
  id: string;
  variants?: readonly { sku: string }[] | null;
}

export type WarehouseType = 'DC' | 'STORE' | 'THIRD_PARTY_LOGISTICS' | 'AMAZON_FC';

export interface WarehouseModel {
  id: string;
  name: string;
  location: { city: string; region: string | null; countryCode: string; postalCode: string };
  type: WarehouseType;
  /** Lower is preferred; breaks ties in the pick rule and orders `byWarehouse`. */
  priority: number;
  /** The ERP plant whose stock this warehouse is (SAP `Plant`); null when the ERP does not feed it. */
  erpPlant: string | null;
  /** The location id a partner's X12 846 names in its N1 segment; null when no EDI feeds it. */
  ediLocation: string | null;
}

/** One warehouse's stock of one SKU, as the projection keeps it. */
export interface WarehouseStock {
  warehouseId: string;
  /** Units the system of record reports, less units we committed since. */
  onHand: number;
  /** Units held by open (HELD) reservations; kept by us, never by a sync. */
  reserved: number;
  /** `onHand - reserved`; may dip below 0 when the source reports less than we hold. */
  available: number;
  /** The adapter the figure came from, for example `erp-odata` or `edi-x12`. */
  source: string;
  /** When we wrote the figure from the source. */
  syncedAt: string;
  /** The source's own last-change time of the figure; a sync never applies an older one. */
  changedAt: string;
}

/** All warehouses' stock of one SKU: one item in the projection, read in one key lookup. */
export interface StockLevel {
  sku: string;
  warehouses: WarehouseStock[];
}

export interface WarehouseAvailabilityModel {
  warehouse: WarehouseModel;
  available: number;
  syncedAt: string;
}

export interface VariantInventoryModel {
  sku: string;
  available: number;
  inStock: boolean;
  backorderable: boolean;
  syncedAt: string;
  byWarehouse: WarehouseAvailabilityModel[];
}

export type ReservationStatus = 'HELD' | 'COMMITTED' | 'RELEASED' | 'EXPIRED';

export interface Allocation {
  sku: string;
  warehouseId: string;
  quantity: number;
}

export interface Destination {
  countryCode: string;
  postalCode: string;
}

export interface ReservationModel {
  orderId: string;
  status: ReservationStatus;
  createdAt: string;
  expiresAt: string;
  /** When it left HELD. */
  settledAt: string | null;
  allocations: Allocation[];
}

export interface SkuShortage {
  sku: string;
  requested: number;
  available: number;
}

export interface StockShortageModel {
  kind: 'shortage';
  code: 'INSUFFICIENT_STOCK';
  message: string;
  shortages: SkuShortage[];
}

/** What a source reports for one SKU in one warehouse. */
export interface SourceStock {
  sku: string;
  warehouseId: string;
  onHand: number;
  source: string;
  /** ISO-8601; the source's last-change time. */
  changedAt: string;
}

/** A source record that could not be mapped; kept with the reason instead of being dropped. */
export interface MalformedRecord {
  source: string;
  /** A stable id of the record in its source, for example `TSHIRT-1/1010/0001`. */
  key: string;
  reason: string;
  raw: unknown;
}
