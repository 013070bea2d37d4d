import { EventTypes, eventsReceiver, type EventEnvelope, type Logger, type OrderConfirmedData } from '@commerce/lib';
import type { Router } from 'express';
import type { GraphStore } from '../ports/GraphStore.js';
import { handleOrderConfirmed, InvalidEventError, parseOrderConfirmed } from '../services/ingestion.js';

/**
 * `POST /events`: OrderConfirmed pushed by the orders service, applied to the graph as purchases
 * (idempotent by customer, product and order). 503 while the graph is down, so the sender retries.
 * Other event types are ignored.
 */
export function eventsRouter({ routerSecret, graph, logger }: { routerSecret: string; graph: GraphStore; logger: Logger }): Router {
  const ours = (event: EventEnvelope) => event.type === EventTypes.OrderConfirmed;
  return eventsReceiver({
    routerSecret,
    logger,
    invalid(event) {
      if (!ours(event)) return undefined;
      try {
        parseOrderConfirmed(event);
        return undefined;
      } catch (err) {
        if (err instanceof InvalidEventError) return err.message;
        throw err;
      }
    },
    async deliver(batch) {
      const orders = batch.filter(ours);
      for (const order of orders) await handleOrderConfirmed(graph, { ...order, data: parseOrderConfirmed(order) } as EventEnvelope<OrderConfirmedData>);
      return { accepted: orders.length, ignored: batch.length - orders.length };
    },
  });
}
