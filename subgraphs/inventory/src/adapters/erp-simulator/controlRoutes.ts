import express, { type Router } from 'express';
import type { ODataControls } from './odataRoutes.js';
import type { SimulatedStock, StockRow } from './stockData.js';

/**
 * Test and demo controls under `/_simulator` (no auth: the simulator listens on 127.0.0.1):
 * - `GET  /status`                               rows, outage flag, requests served
 * - `PUT  /stock/:material/:plant`  `{quantity, storageLocation?}`   sets unrestricted stock, stamped now
 * - `POST /rows`                    a raw row (e.g. a malformed one) as the ERP would return it
 * - `POST /outage`                  `{on: true|false}`   answers every OData request with 503 while on
 */
export function controlRoutes(stock: SimulatedStock, controls: ODataControls): Router {
  const router = express.Router();
  router.use(express.json());
  router.get('/status', (_req, res) => {
    res.json({ rows: stock.all().length, outage: controls.outage, requests: controls.requests.length });
  });
  router.put('/stock/:material/:plant', (req, res) => {
    const quantity = Number((req.body as { quantity?: unknown }).quantity);
    if (!Number.isInteger(quantity) || quantity < 0) {
      res.status(400).json({ error: 'quantity: a whole number of 0 or more' });
      return;
    }
    const storageLocation = (req.body as { storageLocation?: string }).storageLocation;
    res.json(stock.set(req.params.material, req.params.plant, quantity, storageLocation));
  });
  router.post('/rows', (req, res) => {
    const row = req.body as Partial<StockRow>;
    if (typeof row.Material !== 'string' || typeof row.Plant !== 'string') {
      res.status(400).json({ error: 'a row needs Material and Plant strings' });
      return;
    }
    res.json(stock.put(row as Partial<StockRow> & Pick<StockRow, 'Material' | 'Plant'>));
  });
  router.post('/outage', (req, res) => {
    controls.outage = Boolean((req.body as { on?: unknown }).on);
    res.json({ outage: controls.outage });
  });
  return router;
}
