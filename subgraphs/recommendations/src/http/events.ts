import {
  ErrorCode,
  EventTypes,
  isEventEnvelope,
  requireSignedPrincipal,
  type EventEnvelope,
  type Logger,
  type OrderConfirmedData,
  type Principal,
} from '@commerce/lib';
import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import type { GraphStore } from '../ports/GraphStore.js';
import { GraphStoreTimeoutError, GraphStoreUnavailableError } from '../ports/GraphStore.js';
import { handleOrderConfirmed, InvalidEventError, parseOrderConfirmed } from '../services/ingestion.js';

const fail = (res: Response, status: number, code: ErrorCode, message: string) => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * `POST /events`: domain events pushed by other services (the orders subgraph sends OrderConfirmed),
 * as one CloudEvents envelope or a list of them. Only service principals signed with the router
 * secret may push. The whole batch is validated before anything is written; 202 once applied,
 * 503 when the graph is down (the sender retries; handlers are idempotent).
 */
export function eventsRouter({ routerSecret, graph, logger }: { routerSecret: string; graph: GraphStore; logger: Logger }): Router {
  const router = express.Router();
  router.post('/', requireSignedPrincipal(routerSecret), express.json({ limit: '1mb' }), async (req, res) => {
    const principal = res.locals.principal as Principal;
    if (principal.kind !== 'service') {
      return fail(res, 403, ErrorCode.FORBIDDEN, `Only services may push events; this request is from a ${principal.kind} principal.`);
    }
    const events: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const orders: EventEnvelope<OrderConfirmedData>[] = [];
    try {
      events.forEach((event, i) => {
        if (!isEventEnvelope(event)) {
          throw new InvalidEventError(`event ${i} is not a CloudEvents 1.0 envelope (specversion, id, type, source, time, data)`);
        }
        if (event.type === EventTypes.OrderConfirmed) orders.push({ ...event, data: parseOrderConfirmed(event) });
      });
    } catch (err) {
      if (err instanceof InvalidEventError) return fail(res, 400, ErrorCode.BAD_USER_INPUT, err.message);
      throw err;
    }
    try {
      for (const order of orders) await handleOrderConfirmed(graph, order);
    } catch (err) {
      if (err instanceof GraphStoreUnavailableError || err instanceof GraphStoreTimeoutError) {
        logger.warn({ err }, 'graph store failed while applying events');
        return fail(res, 503, ErrorCode.UPSTREAM_UNAVAILABLE, 'The recommendations graph store is unavailable; retry the delivery.');
      }
      throw err;
    }
    logger.debug({ from: principal.id, applied: orders.length, ignored: events.length - orders.length }, 'events applied');
    res.status(202).json({ accepted: orders.length, ignored: events.length - orders.length });
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'The body is not valid JSON.');
    }
    logger.error({ err }, 'failed to apply events');
    fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
  router.use(onError);
  return router;
}
