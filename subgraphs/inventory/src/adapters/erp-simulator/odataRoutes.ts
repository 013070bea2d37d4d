import express, { type Request, type Response, type Router } from 'express';
import { FilterSyntaxError, parseFilter } from './filter.js';
import { ODATA_PATHS } from './defaults.js';
import type { SimulatedStock, StockRow } from './stockData.js';

export interface ODataControls {
  outage: boolean;
  /** Requests served per path, for tests. */
  requests: string[];
  /** Rows per response before the server pages with a next link (SAP's server-side paging). */
  maxPageSize: number;
  basicAuth?: { user: string; password: string };
}

const DATE_FIELDS = new Set(['LastChangeDateTime']);
const NUMBER_FIELDS = new Set(['MatlWrhsStkQtyInMatlBaseUnit']);

function fieldValue(row: Record<string, unknown>, field: string): string | number | null {
  if (!(field in row)) throw new FilterSyntaxError(`property ${field} does not exist on A_MatlStkInAcctMod`);
  const value = row[field];
  if (DATE_FIELDS.has(field)) return typeof value === 'number' ? value : Date.parse(String(value));
  if (NUMBER_FIELDS.has(field)) return Number(value);
  return value === undefined ? null : (value as string);
}

function sapError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message: { lang: 'en', value: message } } });
}

/** The V2 (`d.results`, strings for decimals, `/Date(ms)/`) and V4 (`value`, numbers, ISO) shapes of a row. */
function render(row: StockRow, version: 2 | 4, select: string[] | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (select && !select.includes(key)) continue;
    if (key === 'LastChangeDateTime' && typeof value === 'number') out[key] = version === 2 ? `/Date(${value}+0000)/` : new Date(value).toISOString();
    else if (key === 'MatlWrhsStkQtyInMatlBaseUnit' && typeof value === 'number') out[key] = version === 2 ? value.toFixed(3) : value;
    else out[key] = value;
  }
  if (version === 2) {
    const id = `A_MatlStkInAcctMod(Material='${row.Material}',Plant='${row.Plant}',StorageLocation='${row.StorageLocation}')`;
    out.__metadata = { id, uri: id, type: 'API_MATERIAL_STOCK_SRV.A_MatlStkInAcctModType' };
  }
  return out;
}

function compareBy(orderBy: string[]) {
  const keys = orderBy.map((part) => {
    const [field = '', direction = 'asc'] = part.trim().split(/\s+/);
    return { field, sign: direction === 'desc' ? -1 : 1 };
  });
  return (a: StockRow, b: StockRow) => {
    for (const { field, sign } of keys) {
      const [x, y] = [fieldValue(a as never, field), fieldValue(b as never, field)];
      if (x === y) continue;
      return (x ?? '') < (y ?? '') ? -sign : sign;
    }
    return 0;
  };
}

/**
 * The rows a `$filter` and `$orderby` select, kept until the table changes: a client pages through one
 * query with `$skiptoken`, and filtering and sorting every row again for each page made a full sync of a
 * large table quadratic (200k products: over twenty minutes), where an ERP serves the pages from its indexes.
 */
export class QueryResults {
  private readonly kept = new Map<string, StockRow[]>();

  constructor(private readonly stock: SimulatedStock) {}

  /** Throws FilterSyntaxError for a filter it cannot read. */
  of(filter: string | undefined, orderBy: string | undefined): StockRow[] {
    const key = `${this.stock.version}|${filter ?? ''}|${orderBy ?? ''}`;
    let rows = this.kept.get(key);
    if (!rows) {
      rows = this.stock.all();
      if (filter) {
        const matches = parseFilter(filter, fieldValue);
        rows = rows.filter((row) => matches(row as unknown as Record<string, unknown>));
      }
      if (orderBy) rows.sort(compareBy(orderBy.split(',')));
      // A few queries page at once at most (one per plant group or client); older results are of no use.
      if (this.kept.size >= 8) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, rows);
    }
    return rows;
  }
}

/** GET on the entity set, V2 or V4: $filter, $select, $orderby, $top, $skip, counts and server paging. */
export function odataRoutes(stock: SimulatedStock, controls: ODataControls): Router {
  const router = express.Router();
  const queries = new QueryResults(stock);
  const handler = (version: 2 | 4) => (req: Request, res: Response) => {
    controls.requests.push(req.originalUrl);
    if (controls.basicAuth) {
      const expected = `Basic ${Buffer.from(`${controls.basicAuth.user}:${controls.basicAuth.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return sapError(res, 401, '/IWFND/CM_CONSUMER/401', 'Logon failed');
    }
    if (controls.outage) return sapError(res, 503, '/IWFND/CM_BEC/026', 'Simulated outage: the backend system is not available');
    const q = req.query as Record<string, string | undefined>;
    let rows: StockRow[];
    try {
      rows = queries.of(q.$filter, q.$orderby);
    } catch (err) {
      if (err instanceof FilterSyntaxError) return sapError(res, 400, '/IWBEP/CM_MGW_RT/022', `Invalid query: ${err.message}`);
      throw err;
    }
    const total = rows.length;
    const skip = Number(q.$skiptoken ?? q.$skip ?? 0);
    const top = q.$top === undefined ? Infinity : Number(q.$top);
    const wanted = rows.slice(skip, skip + top);
    const page = wanted.slice(0, controls.maxPageSize);
    const more = wanted.length > page.length;
    const next = new URLSearchParams(Object.entries(q).filter(([k, v]) => v !== undefined && k !== '$skip' && k !== '$skiptoken' && k !== '$top') as [string, string][]);
    next.set('$skiptoken', String(skip + page.length));
    if (top !== Infinity) next.set('$top', String(top - page.length));
    const nextLink = `${req.baseUrl}${req.path}?${next.toString()}`;
    const select = q.$select ? q.$select.split(',') : null;
    const results = page.map((row) => render(row, version, select));
    if (version === 2) {
      return res.json({ d: { results, ...(q.$inlinecount === 'allpages' ? { __count: String(total) } : {}), ...(more ? { __next: nextLink } : {}) } });
    }
    return res.json({
      '@odata.context': '$metadata#A_MatlStkInAcctMod',
      ...(q.$count === 'true' ? { '@odata.count': total } : {}),
      value: results,
      ...(more ? { '@odata.nextLink': nextLink } : {}),
    });
  };
  router.get(`${ODATA_PATHS.v2}/A_MatlStkInAcctMod`, handler(2));
  router.get(`${ODATA_PATHS.v4}/A_MatlStkInAcctMod`, handler(4));
  return router;
}
