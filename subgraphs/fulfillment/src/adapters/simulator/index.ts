import { randomUUID } from 'node:crypto';
import { createLogger, listen, principalHeaders, type Logger } from '@commerce/lib';
import express from 'express';
import { adminRoutes } from './adminRoutes.js';
import { parseDuration } from './duration.js';
import { createModelValidator } from './modelSchema.js';
import { SIMULATOR_CREDENTIALS, SIMULATOR_DEFAULT_PORT } from './credentials.js';
import { buildNotification, Notifier } from './notifier.js';
import { SimulatedNetwork } from './SimulatedNetwork.js';
import { SimulatorClock } from './SimulatorClock.js';
import { spApiRoutes, type Credentials, type SimulatorControls } from './spApiRoutes.js';
import { DEFAULT_TIMELINE, type SimulatorTimeline } from './timeline.js';

export { parseDuration } from './duration.js';
export { DEFAULT_TIMELINE, type SimulatorTimeline } from './timeline.js';
export { createModelValidator, type ModelValidator } from './modelSchema.js';

export { SIMULATOR_CREDENTIALS, SIMULATOR_DEFAULT_PORT } from './credentials.js';

export interface SimulatorOptions {
  /** Default 4015; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (the admin API has no auth). */
  host?: string;
  /** Where FULFILLMENT_ORDER_STATUS notifications are POSTed, e.g. http://127.0.0.1:4005/notifications/sp-api. */
  notificationUrl?: string;
  /** When set, notifications carry a principal signed with it, as the subgraph's endpoint requires. */
  routerSecret?: string;
  /** `running` (default) follows the wall clock plus advances; `manual` moves only when advanced. */
  clock?: 'manual' | 'running';
  /** Simulated time at start (default now). */
  start?: Date;
  /** SKUs ending in this are out of stock (default `-OOS`); `stock` overrides per SKU. */
  outOfStockSuffix?: string;
  stock?: Record<string, boolean>;
  timeline?: Partial<SimulatorTimeline>;
  /** How long delivery offers hold, in ms (default one hour). */
  offerTtlMs?: number;
  credentials?: Partial<Credentials>;
  /** listAllFulfillmentOrders page size (default 50). */
  pageSize?: number;
  /** In `running` mode, how often notifications for wall-clock progress go out (ms, default 1000). */
  tickMs?: number;
  logger?: Logger;
}

export interface Simulator {
  url: string;
  port: number;
  credentials: Credentials;
  clock: SimulatorClock;
  network: SimulatedNetwork;
  controls: SimulatorControls;
  /** Every notification sent so far, oldest first. */
  notifications: Record<string, unknown>[];
  /** Moves simulated time forward and resolves once the notifications it caused have been answered. */
  advance(by: number | string): Promise<{ notifications: number }>;
  /** Resolves when every queued notification has been answered. */
  idle(): Promise<void>;
  setNotificationUrl(url: string | undefined): void;
  close(): Promise<void>;
}

/**
 * Starts the Amazon SP-API Fulfillment Outbound simulator: an HTTP server at the model's paths with a
 * fake Login-with-Amazon token endpoint, a stateful fulfillment network on a controllable clock, and
 * FULFILLMENT_ORDER_STATUS notifications to `notificationUrl`.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const logger = options.logger ?? createLogger('sp-api-simulator');
  const clock = new SimulatorClock(options.clock ?? 'running', options.start?.getTime());
  const timeline = { ...DEFAULT_TIMELINE, ...options.timeline };
  const credentials = { ...SIMULATOR_CREDENTIALS, ...options.credentials };
  let publicUrl = '';
  const network = new SimulatedNetwork(clock, {
    timeline,
    outOfStockSuffix: options.outOfStockSuffix ?? '-OOS',
    stock: new Map(Object.entries(options.stock ?? {})),
    offerTtlMs: options.offerTtlMs ?? 3_600_000,
    pageSize: options.pageSize ?? 50,
    publicUrl: () => publicUrl,
  });
  let notificationUrl = options.notificationUrl;
  const notifier = new Notifier(
    () => notificationUrl,
    () => (options.routerSecret ? principalHeaders({ kind: 'service', id: 'sp-api-simulator', scopes: [], requestId: randomUUID() }, options.routerSecret) : {}),
    logger,
  );

  let notifiedUntil = clock.now();
  const notifyUntilNow = (): number => {
    const now = clock.now();
    const events = network.eventsBetween(notifiedUntil, now);
    notifiedUntil = now;
    for (const event of events) notifier.enqueue(buildNotification(event, timeline, now));
    return events.length;
  };

  const controls: SimulatorControls = {
    calls: new Map(),
    invalidRequests: [],
    faults: [],
    outage: false,
    tokens: new Map(),
    onCancelled: (orderId) => {
      const order = network.orders.get(orderId)!;
      notifier.enqueue(buildNotification({ at: clock.now(), order, eventType: 'Order', status: 'Cancelled' }, timeline, clock.now()));
    },
  };

  const advance = async (by: number | string) => {
    clock.advance(typeof by === 'number' ? by : parseDuration(by));
    const notifications = notifyUntilNow();
    await notifier.idle();
    return { notifications };
  };

  const app = express();
  app.disable('x-powered-by');
  app.use(spApiRoutes(network, createModelValidator(), credentials, controls));
  app.use('/_simulator', adminRoutes(network, controls, { now: () => clock.now(), advance }));
  const http = await listen(app, options.port ?? SIMULATOR_DEFAULT_PORT, options.host ?? '127.0.0.1');
  publicUrl = http.url;

  const tickMs = options.tickMs ?? 1000;
  const ticker = clock.mode === 'running' && tickMs > 0 ? setInterval(notifyUntilNow, tickMs) : undefined;
  ticker?.unref();
  logger.info({ url: http.url, clock: clock.mode, notificationUrl }, 'Amazon SP-API simulator listening (simulated fulfillment, nothing ships)');

  return {
    url: http.url,
    port: http.port,
    credentials,
    clock,
    network,
    controls,
    notifications: notifier.sent,
    advance,
    idle: () => notifier.idle(),
    setNotificationUrl: (url) => void (notificationUrl = url),
    async close() {
      if (ticker) clearInterval(ticker);
      await notifier.idle();
      await http.close();
    },
  };
}
