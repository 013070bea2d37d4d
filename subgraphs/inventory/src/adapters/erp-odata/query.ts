import * as odataQuery from 'odata-query';

// The package's types describe CommonJS (builder at `.default.default`) while Node loads its ES module
// (builder at `.default`); take whichever holds the function.
type Build = typeof odataQuery.default.default;
const exported: unknown = odataQuery.default;
const buildQuery = (typeof exported === 'function' ? exported : (exported as { default: Build }).default) as Build;
const { raw } = odataQuery;

export type ODataVersion = 2 | 4;

/** SAP API_MATERIAL_STOCK_SRV's entity set: stock per material, plant, storage location, batch and stock type. */
export const ENTITY_SET = 'A_MatlStkInAcctMod';
/** Unrestricted-use stock: the only stock type that can be sold (not quality inspection, not blocked). */
export const UNRESTRICTED = '01';
/** Materials per request when re-reading the rows of changed materials (keeps URLs well under 8 KB). */
export const MATERIALS_PER_REQUEST = 40;

export interface StockQuery {
  version: ODataVersion;
  plants: readonly string[];
  /** Only rows changed at or after this instant (the delta's first phase). */
  changedSince?: string;
  /** Only these materials (the delta's second phase). */
  materials?: readonly string[];
  select?: readonly string[];
  orderBy: readonly string[];
  top: number;
  skip: number;
  count: boolean;
  /** SAP's `sap-client` (logon client), when the gateway needs it. */
  sapClient?: string;
}

/** An instant as an OData literal: V2 needs the typed `datetimeoffset'…'` form, V4 takes it bare. */
export function dateTimeLiteral(version: ODataVersion, iso: string) {
  const value = new Date(iso).toISOString().replace(/\.000Z$/, 'Z');
  return raw(version === 2 ? `datetimeoffset'${value}'` : value);
}

/**
 * The query string for one page, built with odata-query (which escapes string literals) one system
 * query option at a time, then URL-encoded here (odata-query leaves that to the caller).
 */
export function stockQueryString(q: StockQuery): string {
  const filter: object[] = [];
  if (q.changedSince) filter.push({ LastChangeDateTime: { ge: dateTimeLiteral(q.version, q.changedSince) } });
  if (q.materials) filter.push({ or: q.materials.map((Material) => ({ Material })) });
  filter.push({ or: q.plants.map((Plant) => ({ Plant })) });
  filter.push({ InventoryStockType: UNRESTRICTED, InventorySpecialStockType: '' });
  const options: [string, string][] = [];
  const add = (built: string) => {
    const [name, ...value] = built.replace(/^\?/, '').split('=');
    if (name) options.push([name, value.join('=')]);
  };
  if (q.select) add(buildQuery({ select: [...q.select] }));
  add(buildQuery({ filter }));
  add(buildQuery({ orderBy: [...q.orderBy] }));
  options.push(['$top', String(q.top)]);
  if (q.skip > 0) options.push(['$skip', String(q.skip)]);
  if (q.count) options.push(q.version === 2 ? ['$inlinecount', 'allpages'] : ['$count', 'true']);
  if (q.version === 2) options.push(['$format', 'json']);
  if (q.sapClient) options.push(['sap-client', q.sapClient]);
  return new URLSearchParams(options).toString().replace(/\+/g, '%20');
}
