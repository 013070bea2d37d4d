import { EventTypes, eventsReceiver, type EventEnvelope, type Logger, type OrderConfirmedData } from '@commerce/lib';
import type { Router } from 'express';
import type { GraphStore } from '../ports/GraphStore.js';
import { handleOrderConfirmed, parseOrderConfirmed } from '../services/ingestion.js';

/**
 * `POST /events`: OrderConfirmed pushed by the orders service, applied to the graph as purchases
 * (idempotent by customer, product and order). 503 while the graph is down, so the sender retries.
 * Other event types are ignored.
 */
export function eventsRouter({ routerSecret, graph, logger }: { routerSecret: string; graph: GraphStore; logger: Logger }): Router {
  return eventsReceiver({
    routerSecret,
    logger,
    type: EventTypes.OrderConfirmed,
    parse: parseOrderConfirmed,
    async deliver(orders) {
      // The receiver has checked each one's data with `parse`; the handler reads it again itself.
      for (const order of orders) await handleOrderConfirmed(graph, order as EventEnvelope<OrderConfirmedData>);
      return {};
    },
  });
}
