import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one logger per service; `LOG_LEVEL=silent` in tests. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
