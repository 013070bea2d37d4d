import type { EventBus, Logger } from '@commerce/lib';
import type { RetryPolicy } from '../domain/saga.js';
import type { Catalog } from '../ports/Catalog.js';
import type { Clock } from '../ports/Clock.js';
import type { Fulfillment } from '../ports/Fulfillment.js';
import type { Inventory } from '../ports/Inventory.js';
import type { Notifier } from '../ports/Notifier.js';
import type { CartStore, OrderStore, WorkStore } from '../ports/OrderStore.js';
import type { PaymentProvider } from '../ports/PaymentProvider.js';
import { Carts } from './carts.js';
import { Checkout } from './checkout.js';
import { FulfillmentEvents } from './fulfillmentEvents.js';
import { Orders } from './orders.js';
import { OutboxRelay } from './outboxRelay.js';
import { SagaRunner, type SagaHooks, type SagaSettings } from './saga/SagaRunner.js';
import { Worker, type WorkerSettings } from './worker.js';

/** Everything the orders service needs from the outside world. */
export interface OrdersPorts {
  carts: CartStore;
  orders: OrderStore;
  work: WorkStore;
  catalog: Catalog;
  inventory: Inventory;
  fulfillment: Fulfillment;
  payments: PaymentProvider;
  notifier: Notifier;
  events: EventBus;
  clock: Clock;
}

export interface OrdersSettings {
  saga: SagaSettings;
  outboxRetry: RetryPolicy;
  worker: WorkerSettings;
}

export type OrdersServices = ReturnType<typeof createOrdersServices>;

/** The service's use cases over its ports, built once per process (a test builds more than one worker over one table). */
export function createOrdersServices(ports: OrdersPorts, settings: OrdersSettings, logger: Logger, hooks: SagaHooks = {}) {
  const { carts, orders, work, catalog, inventory, fulfillment, payments, notifier, events, clock } = ports;
  const sagas = new SagaRunner(orders, work, { inventory, payments, fulfillment }, clock, settings.saga, logger, hooks);
  const outbox = new OutboxRelay(orders, work, events, notifier, clock, settings.outboxRetry, logger);
  return {
    catalog,
    orderStore: orders,
    work,
    clock,
    carts: new Carts(carts, catalog, clock),
    checkout: new Checkout(carts, orders, catalog, clock, logger),
    orders: new Orders(orders),
    fulfillmentEvents: new FulfillmentEvents(orders, work, clock, logger),
    worker: new Worker(work, sagas, outbox, clock, settings.worker, logger),
  };
}
