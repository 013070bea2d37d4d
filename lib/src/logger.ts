import { pino, type Logger } from 'pino';

export type { Logger };

/** Lines are written to stdout in batches of this many bytes, or after FLUSH_MS, whichever comes first. */
const BATCH_BYTES = 4096;
const FLUSH_MS = 250;

/**
 * Structured JSON logs, one logger per service; `LOG_LEVEL=silent` in tests. Writes are batched: a
 * write per line was a measurable share of the gateway's CPU per request (one access-log line each).
 * pino flushes what is pending when the process exits, so only a SIGKILL can lose the last quarter second.
 */
export function createLogger(service: string, level = 'info'): Logger {
  if (level === 'silent') return pino({ level });
  const destination = pino.destination({ dest: process.stdout.fd, sync: false, minLength: BATCH_BYTES });
  setInterval(() => destination.flush(), FLUSH_MS).unref();
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
