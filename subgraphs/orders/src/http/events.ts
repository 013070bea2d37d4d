import { EventTypes, eventsReceiver, type EventEnvelope, type Logger } from '@commerce/lib';
import type { Router } from 'express';
import { InvalidEventError, parseFulfillmentStatusChanged, type FulfillmentEvents } from '../services/fulfillmentEvents.js';

/**
 * `POST /events`: FulfillmentStatusChanged pushed by the fulfillment service. 503 when something must
 * wait (an order still being placed, the store unavailable): the sender delivers again, and handling is
 * idempotent by event id. Other event types are ignored.
 */
export function eventsRouter({ routerSecret, events, onApplied, logger }: { routerSecret: string; events: FulfillmentEvents; onApplied?: () => void; logger: Logger }): Router {
  const ours = (event: EventEnvelope) => event.type === EventTypes.FulfillmentStatusChanged;
  return eventsReceiver({
    routerSecret,
    logger,
    invalid(event) {
      if (!ours(event)) return undefined;
      try {
        parseFulfillmentStatusChanged(event);
        return undefined;
      } catch (err) {
        if (err instanceof InvalidEventError) return err.message;
        throw err;
      }
    },
    async deliver(batch) {
      const accepted = batch.filter(ours);
      const outcomes: string[] = [];
      try {
        for (const event of accepted) outcomes.push(await events.handle(event));
      } finally {
        if (outcomes.includes('applied')) onApplied?.();
      }
      return { accepted: accepted.length, ignored: batch.length - accepted.length, outcomes };
    },
  });
}
