import express, { type Router } from 'express';
import { parseDuration } from './duration.js';
import type { SimulatedNetwork } from './SimulatedNetwork.js';
import type { SimulatorControls } from './spApiRoutes.js';
import { statusAt } from './timeline.js';

export interface AdminActions {
  now(): number;
  advance(ms: number): Promise<{ notifications: number }>;
}

/**
 * `/_simulator/...`: how a person or a test steers the simulator. Not part of SP-API; no auth, so the
 * simulator listens on 127.0.0.1 unless told otherwise.
 */
export function adminRoutes(network: SimulatedNetwork, controls: SimulatorControls, actions: AdminActions): Router {
  const router = express.Router();
  router.use(express.json());
  const state = () => ({
    simulator: 'Amazon SP-API Fulfillment Outbound simulator',
    now: new Date(actions.now()).toISOString(),
    orders: network.orders.size,
    outage: controls.outage,
    faults: controls.faults.filter((f) => f.remaining > 0),
    calls: Object.fromEntries(controls.calls),
    invalidRequests: controls.invalidRequests.length,
  });

  router.get('/', (_req, res) => void res.json(state()));
  router.get('/clock', (_req, res) => void res.json({ now: new Date(actions.now()).toISOString() }));

  router.post('/clock/advance', async (req, res) => {
    const by = (req.body as { by?: unknown } | undefined)?.by;
    let ms: number;
    try {
      ms = typeof by === 'number' ? by : parseDuration(String(by ?? ''));
    } catch (err) {
      return void res.status(400).json({ error: (err as Error).message });
    }
    const { notifications } = await actions.advance(ms);
    res.json({ now: new Date(actions.now()).toISOString(), advancedMs: ms, notifications });
  });

  router.put('/outage', (req, res) => {
    controls.outage = Boolean((req.body as { down?: unknown }).down);
    res.json(state());
  });

  router.post('/faults', (req, res) => {
    const { operation = '*', status, times = 1 } = req.body as { operation?: string; status?: number; times?: number };
    if (typeof status !== 'number' || status < 400 || status > 599) return void res.status(400).json({ error: 'status must be an HTTP error status (400-599).' });
    controls.faults.push({ operation, status, remaining: times });
    res.json(state());
  });

  router.delete('/faults', (_req, res) => {
    controls.faults.length = 0;
    res.json(state());
  });

  router.put('/stock/:sku', (req, res) => {
    network.settings.stock.set(req.params.sku, Boolean((req.body as { inStock?: unknown }).inStock));
    res.json({ sku: req.params.sku, inStock: network.inStock(req.params.sku) });
  });

  router.get('/orders', (_req, res) => {
    const now = actions.now();
    res.json(
      [...network.orders.values()].map((o) => {
        const { status, at } = statusAt(o, network.settings.timeline, now);
        return { orderId: o.request.sellerFulfillmentOrderId, status, statusUpdatedAt: new Date(at).toISOString(), packages: o.packages.map((p) => p.trackingNumber) };
      }),
    );
  });

  router.get('/rma/:id', (req, res) => {
    const id = req.params.id.replace(/[^A-Za-z0-9-]/g, '');
    res.type('html').send(`<!doctype html><title>Return ${id} (simulated)</title><h1>Simulated return label ${id}</h1><p>Amazon SP-API simulator: no parcel will be collected.</p>`);
  });
  return router;
}
