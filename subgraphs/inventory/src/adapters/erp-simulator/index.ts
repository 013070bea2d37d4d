import { createLogger, listen, type Logger } from '@commerce/lib';
import express from 'express';
import { controlRoutes } from './controlRoutes.js';
import { ERP_SIMULATOR_DEFAULT_PORT, ODATA_PATHS } from './defaults.js';
import { odataRoutes, type ODataControls } from './odataRoutes.js';
import { SimulatedStock } from './stockData.js';

export { ERP_SIMULATOR_DEFAULT_PORT, ODATA_PATHS } from './defaults.js';
export { SIMULATED_PLANTS, seedRows, SimulatedStock, type StockRow } from './stockData.js';

export interface ErpSimulatorOptions {
  /** Default 4016; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (the control API has no auth). */
  host?: string;
  /**
   * The SKUs to stock, e.g. every variant SKU of the demo catalog. The simulator does not know the
   * catalog; whoever starts it passes the list, and the seed rule (see stockData.ts) does the rest.
   */
  skus?: Iterable<string>;
  /** When the seeded rows were last changed, at the latest (default now). */
  seededAt?: Date;
  /** Rows per response before it pages with `__next` / `@odata.nextLink` (default 5000). */
  maxPageSize?: number;
  /** When set, OData requests need these HTTP basic credentials. */
  basicAuth?: { user: string; password: string };
  /** Change stamps; default the wall clock. */
  now?: () => number;
  logger?: Logger;
}

export interface ErpSimulator {
  url: string;
  port: number;
  /** Service roots for the inventory subgraph's `ERP_ODATA_URL`. */
  serviceUrls: { v2: string; v4: string };
  stock: SimulatedStock;
  controls: ODataControls;
  /** Seeded rows. */
  seeded: number;
  close(): Promise<void>;
}

/**
 * Starts the ERP simulator: an HTTP server speaking SAP API_MATERIAL_STOCK_SRV's OData V2 and V4
 * shapes over a simulated stock table seeded from `skus`. A stand-in for development, tests and the
 * embedded stack: nothing it says is real stock.
 */
export async function startErpSimulator(options: ErpSimulatorOptions = {}): Promise<ErpSimulator> {
  const logger = options.logger ?? createLogger('erp-simulator');
  const stock = new SimulatedStock(options.now ?? Date.now);
  const seeded = stock.seed(options.skus ?? [], options.seededAt?.getTime());
  const controls: ODataControls = { outage: false, requests: [], maxPageSize: options.maxPageSize ?? 5000, ...(options.basicAuth ? { basicAuth: options.basicAuth } : {}) };
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', simulator: 'erp' }));
  app.use(odataRoutes(stock, controls));
  app.use('/_simulator', controlRoutes(stock, controls));
  const http = await listen(app, options.port ?? ERP_SIMULATOR_DEFAULT_PORT, options.host ?? '127.0.0.1');
  logger.info({ url: http.url, rows: seeded }, 'ERP simulator listening (simulated SAP material stock, not real stock)');
  return {
    url: http.url,
    port: http.port,
    serviceUrls: { v2: `${http.url}${ODATA_PATHS.v2}`, v4: `${http.url}${ODATA_PATHS.v4}` },
    stock,
    controls,
    seeded,
    close: () => http.close(),
  };
}
