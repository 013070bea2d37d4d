import { EventTypes, eventsReceiver, type Logger } from '@commerce/lib';
import type { Router } from 'express';
import { parseFulfillmentStatusChanged, type FulfillmentEvents } from '../services/fulfillmentEvents.js';

/**
 * `POST /events`: FulfillmentStatusChanged pushed by the fulfillment service. 503 when something must
 * wait (an order still being placed, the store unavailable): the sender delivers again, and handling is
 * idempotent by event id. Other event types are ignored.
 */
export function eventsRouter({ routerSecret, events, onApplied, logger }: { routerSecret: string; events: FulfillmentEvents; onApplied?: () => void; logger: Logger }): Router {
  return eventsReceiver({
    routerSecret,
    logger,
    type: EventTypes.FulfillmentStatusChanged,
    parse: parseFulfillmentStatusChanged,
    async deliver(accepted) {
      const outcomes: string[] = [];
      try {
        for (const event of accepted) outcomes.push(await events.handle(event));
      } finally {
        if (outcomes.includes('applied')) onApplied?.();
      }
      return { outcomes };
    },
  });
}
