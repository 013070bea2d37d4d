import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { requireSignedPrincipal } from '../http/subgraphApp.js';
import type { Principal } from '../trust/principal.js';
import { isEventEnvelope, type EventEnvelope } from './envelope.js';

const fail = (res: Response, status: number, code: ErrorCode, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * `POST /events` for events pushed by other services (one CloudEvents envelope or a list). Only
 * signed service principals may push. With `type`, only events of that type go on and the others are
 * acknowledged as ignored. The whole batch is checked first (envelopes, then `parse` on each event that
 * goes on: a throw makes it 400 with its message and nothing is applied); 202 with what `deliver`
 * answers once it has run; when it throws, 503 so the sender delivers again (handlers de-duplicate by
 * event id).
 */
export function eventsReceiver(options: {
  routerSecret: string;
  /** The event type this service applies; unset, every event reaches `deliver`. */
  type?: string;
  /** Reads an event's data; throws with what is wrong when it is malformed. */
  parse?: (event: EventEnvelope) => unknown;
  deliver: (events: readonly EventEnvelope[]) => Promise<object>;
  logger: Logger;
}): Router {
  const router = express.Router();
  router.post('/', requireSignedPrincipal(options.routerSecret), express.json({ limit: '1mb' }), async (req, res) => {
    const principal = res.locals.principal as Principal;
    if (principal.kind !== 'service') {
      return fail(res, 403, ErrorCode.FORBIDDEN, `Only services may push events; this request is from a ${principal.kind} principal.`);
    }
    const events: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const invalid = events.findIndex((event) => !isEventEnvelope(event));
    if (invalid >= 0) {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Event ${invalid} is not a CloudEvents 1.0 envelope (specversion, id, type, source, time, data).`);
    }
    const accepted = (events as EventEnvelope[]).filter((event) => !options.type || event.type === options.type);
    for (const event of accepted) {
      try {
        options.parse?.(event);
      } catch (err) {
        const problem = err instanceof Error ? err.message : String(err);
        return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Event ${events.indexOf(event)} (${event.type}): ${problem}`);
      }
    }
    try {
      const result = await options.deliver(accepted);
      res.status(202).json({ accepted: accepted.length, ignored: events.length - accepted.length, ...result });
    } catch (err) {
      options.logger.warn({ err, from: principal.id }, 'an event handler failed; the sender will retry');
      fail(res, 503, ErrorCode.UPSTREAM_UNAVAILABLE, 'The events could not be applied now; retry the delivery.');
    }
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'The body is not valid JSON.');
    options.logger.error({ err }, 'failed to receive events');
    fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
  router.use(onError);
  return router;
}
