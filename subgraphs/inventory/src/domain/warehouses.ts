import { InvalidInputError } from './errors.js';
import type { WarehouseModel, WarehouseType } from './models.js';

/**
 * The demo network. A deployment replaces it with a JSON file of the same shape
 * (`INVENTORY_WAREHOUSES_FILE`); plants and EDI location ids are how the adapters' records find
 * their warehouse.
 */
export const DEFAULT_WAREHOUSES: readonly WarehouseModel[] = [
  {
    id: 'wh-dc-newark',
    name: 'Newark Distribution Center',
    location: { city: 'Newark', region: 'NJ', countryCode: 'US', postalCode: '07114' },
    type: 'DC',
    priority: 1,
    erpPlant: '1010',
    ediLocation: null,
  },
  {
    id: 'wh-dc-reno',
    name: 'Reno Distribution Center',
    location: { city: 'Reno', region: 'NV', countryCode: 'US', postalCode: '89502' },
    type: 'DC',
    priority: 2,
    erpPlant: '1020',
    ediLocation: null,
  },
  {
    id: 'wh-3pl-joliet',
    name: 'Joliet 3PL (Midwest Logistics)',
    location: { city: 'Joliet', region: 'IL', countryCode: 'US', postalCode: '60431' },
    type: 'THIRD_PARTY_LOGISTICS',
    priority: 3,
    erpPlant: null,
    ediLocation: 'MWL-JOLIET',
  },
  {
    id: 'wh-amazon-fc',
    name: 'Amazon Fulfillment Network',
    location: { city: 'Seattle', region: 'WA', countryCode: 'US', postalCode: '98109' },
    type: 'AMAZON_FC',
    priority: 4,
    erpPlant: '1310',
    ediLocation: null,
  },
  {
    id: 'wh-store-seattle',
    name: 'Seattle Flagship Store',
    location: { city: 'Seattle', region: 'WA', countryCode: 'US', postalCode: '98101' },
    type: 'STORE',
    priority: 5,
    erpPlant: '1110',
    ediLocation: null,
  },
];

const TYPES: readonly WarehouseType[] = ['DC', 'STORE', 'THIRD_PARTY_LOGISTICS', 'AMAZON_FC'];

/** Validates a warehouse list read from a file; the message names the entry and the rule. */
export function parseWarehouses(value: unknown): WarehouseModel[] {
  if (!Array.isArray(value) || value.length === 0) throw new InvalidInputError('warehouses: a non-empty JSON array is required');
  const seen = new Set<string>();
  const plants = new Set<string>();
  return value.map((raw, i) => {
    const w = raw as Partial<WarehouseModel> & { location?: Partial<WarehouseModel['location']> };
    const where = `warehouses[${i}]`;
    const text = (v: unknown, field: string) => {
      if (typeof v !== 'string' || v.trim() === '') throw new InvalidInputError(`${where}.${field}: a non-empty string is required`);
      return v;
    };
    const id = text(w.id, 'id');
    if (seen.has(id)) throw new InvalidInputError(`${where}.id: "${id}" appears twice`);
    seen.add(id);
    if (!TYPES.includes(w.type as WarehouseType)) throw new InvalidInputError(`${where}.type: one of ${TYPES.join(', ')}`);
    const countryCode = text(w.location?.countryCode, 'location.countryCode');
    if (!/^[A-Z]{2}$/.test(countryCode)) throw new InvalidInputError(`${where}.location.countryCode: ISO 3166-1 alpha-2 such as US`);
    const erpPlant = w.erpPlant == null ? null : text(w.erpPlant, 'erpPlant');
    if (erpPlant !== null && plants.has(erpPlant)) throw new InvalidInputError(`${where}.erpPlant: plant ${erpPlant} is mapped twice`);
    if (erpPlant !== null) plants.add(erpPlant);
    return {
      id,
      name: text(w.name, 'name'),
      location: {
        city: text(w.location?.city, 'location.city'),
        region: typeof w.location?.region === 'string' ? w.location.region : null,
        countryCode,
        postalCode: text(w.location?.postalCode, 'location.postalCode'),
      },
      type: w.type as WarehouseType,
      priority: Number.isInteger(w.priority) ? (w.priority as number) : i + 1,
      erpPlant,
      ediLocation: w.ediLocation == null ? null : text(w.ediLocation, 'ediLocation'),
    };
  });
}

/** The warehouses, looked up by id, ERP plant and EDI location; ordered by priority. */
export class WarehouseRegistry {
  readonly all: readonly WarehouseModel[];
  private readonly byId: Map<string, WarehouseModel>;
  private readonly byPlant: Map<string, WarehouseModel>;
  private readonly byEdiLocation: Map<string, WarehouseModel>;

  constructor(warehouses: readonly WarehouseModel[]) {
    this.all = [...warehouses].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
    this.byId = new Map(this.all.map((w) => [w.id, w]));
    this.byPlant = new Map(this.all.filter((w) => w.erpPlant).map((w) => [w.erpPlant!, w]));
    this.byEdiLocation = new Map(this.all.filter((w) => w.ediLocation).map((w) => [w.ediLocation!, w]));
  }

  get(id: string): WarehouseModel | undefined {
    return this.byId.get(id);
  }

  forPlant(plant: string): WarehouseModel | undefined {
    return this.byPlant.get(plant);
  }

  forEdiLocation(location: string): WarehouseModel | undefined {
    return this.byEdiLocation.get(location);
  }

  plants(): string[] {
    return [...this.byPlant.keys()];
  }
}
