import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { requireSignedPrincipal } from '../http/subgraphApp.js';
import type { Principal } from '../trust/principal.js';
import { isEventEnvelope, type EventEnvelope } from './envelope.js';

const fail = (res: Response, status: number, code: ErrorCode, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * `POST /events` for events pushed by other services (one CloudEvents envelope or a list). Only
 * signed service principals may push. The whole batch is checked first (envelopes, then `invalid` on
 * each: a message makes it 400 and nothing is applied); 202 with what `deliver` answers once it has
 * run; when it throws, 503 so the sender delivers again (handlers de-duplicate by event id).
 */
export function eventsReceiver(options: {
  routerSecret: string;
  deliver: (events: readonly EventEnvelope[]) => Promise<object>;
  /** Why an event of a type this service handles is malformed, or undefined when it is fine. */
  invalid?: (event: EventEnvelope) => string | undefined;
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
    for (const [i, event] of (events as EventEnvelope[]).entries()) {
      const problem = options.invalid?.(event);
      if (problem) return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Event ${i} (${event.type}): ${problem}`);
    }
    try {
      const result = await options.deliver(events as EventEnvelope[]);
      res.status(202).json(result);
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
