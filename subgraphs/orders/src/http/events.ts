import { ErrorCode, EventTypes, isEventEnvelope, requireSignedPrincipal, type EventEnvelope, type Logger, type Principal } from '@commerce/lib';
import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { InvalidEventError, parseFulfillmentStatusChanged, type FulfillmentEvents } from '../services/fulfillmentEvents.js';

const fail = (res: Response, status: number, code: ErrorCode, message: string) => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * `POST /events`: FulfillmentStatusChanged pushed by the fulfillment service, as one CloudEvents
 * envelope or a list (the contract of every service's `/events`). Only service principals signed with
 * the router secret may push. The batch is validated before anything is applied; 202 once applied,
 * 503 when something must wait (an order still being placed, the store unavailable): the sender
 * delivers again, and handling is idempotent by event id. Other event types are ignored.
 */
export function eventsRouter({ routerSecret, events, onApplied, logger }: { routerSecret: string; events: FulfillmentEvents; onApplied?: () => void; logger: Logger }): Router {
  const router = express.Router();
  router.post('/', requireSignedPrincipal(routerSecret), express.json({ limit: '1mb' }), async (req, res) => {
    const principal = res.locals.principal as Principal;
    if (principal.kind !== 'service') {
      return fail(res, 403, ErrorCode.FORBIDDEN, `Only services may push events; this request is from a ${principal.kind} principal.`);
    }
    const batch: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const ours: EventEnvelope[] = [];
    try {
      batch.forEach((event, i) => {
        if (!isEventEnvelope(event)) throw new InvalidEventError(`event ${i} is not a CloudEvents 1.0 envelope (specversion, id, type, source, time, data)`);
        if (event.type === EventTypes.FulfillmentStatusChanged) {
          parseFulfillmentStatusChanged(event);
          ours.push(event);
        }
      });
    } catch (err) {
      if (err instanceof InvalidEventError) return fail(res, 400, ErrorCode.BAD_USER_INPUT, err.message);
      throw err;
    }
    const outcomes: string[] = [];
    try {
      for (const event of ours) outcomes.push(await events.handle(event));
    } catch (err) {
      logger.warn({ err, from: principal.id }, 'events not applied now; asking for redelivery');
      return fail(res, 503, ErrorCode.UPSTREAM_UNAVAILABLE, 'The events could not be applied now; deliver them again later.');
    } finally {
      if (outcomes.includes('applied')) onApplied?.();
    }
    res.status(202).json({ accepted: ours.length, ignored: batch.length - ours.length, outcomes });
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'The body is not valid JSON.');
    logger.error({ err }, 'failed to apply events');
    fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
  router.use(onError);
  return router;
}
