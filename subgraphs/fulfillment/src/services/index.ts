import type { EventBus, Logger } from '@commerce/lib';
import type { Clock } from '../ports/Clock.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import type { FulfillmentStore } from '../ports/FulfillmentStore.js';
import type { TtlCache } from '../ports/TtlCache.js';
import { DeliveryEstimates, type CachedEstimate, type EstimateSettings } from './deliveryEstimates.js';
import { FulfillmentCommands } from './fulfillmentCommands.js';
import { FulfillmentSync, type SyncSettings } from './fulfillmentSync.js';
import { StatusNotifications } from './notifications.js';
import { Returns } from './returns.js';
import { Sweep, type SweepSettings } from './sweep.js';

/** Everything the subgraph needs from the outside world. */
export interface FulfillmentPorts {
  api: FulfillmentApi;
  store: FulfillmentStore;
  estimateCache: TtlCache<CachedEstimate>;
  events: EventBus;
  /** Business time: cache expiry, due work, sweep lease. */
  clock: Pick<Clock, 'now'>;
}

export interface FulfillmentSettings {
  estimates: EstimateSettings;
  sync: SyncSettings;
  sweep: SweepSettings;
}

export type FulfillmentServices = ReturnType<typeof createFulfillmentServices>;

/** The subgraph's use cases over its ports, built once per process. */
export function createFulfillmentServices(ports: FulfillmentPorts, settings: FulfillmentSettings, logger: Logger) {
  const { api, store, estimateCache, events, clock } = ports;
  const sync = new FulfillmentSync(api, store, events, clock, settings.sync, logger);
  return {
    store,
    clock,
    estimates: new DeliveryEstimates(api, estimateCache, clock, settings.estimates, logger),
    sync,
    commands: new FulfillmentCommands(api, sync),
    returns: new Returns(api, store, sync, clock),
    notifications: new StatusNotifications(store, sync, clock),
    sweep: new Sweep(api, store, sync, clock, settings.sweep, logger),
  };
}
