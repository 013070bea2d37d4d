import type { EventBus, Logger } from '@commerce/lib';
import { retryDelayMs, type RetryPolicy } from '../domain/saga.js';
import type { Clock } from '../ports/Clock.js';
import type { Notifier } from '../ports/Notifier.js';
import type { OrderStore, OutboxRecord, WorkStore } from '../ports/OrderStore.js';
import { emailFor } from './emails.js';

/**
 * Delivers outbox records written with order changes: publishes the event on the bus, then sends the
 * email it calls for, recording each so that a retry repeats only what did not happen (at least once:
 * consumers de-duplicate by event id, the notifier by order and kind). Keeps failing → dead letter.
 */
export class OutboxRelay {
  constructor(
    private readonly orders: OrderStore,
    private readonly work: WorkStore,
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly retry: RetryPolicy,
    private readonly logger: Logger,
  ) {}

  async run(claimed: OutboxRecord): Promise<void> {
    let record = claimed;
    try {
      const done = { dueAt: null, attempts: 0, lastError: null };
      const emailPending = () => record.notify !== null && !record.notified;
      if (!record.published) {
        await this.bus.publish([record.event]);
        record = await this.save(record, emailPending() ? { published: true } : { published: true, ...done });
      }
      if (emailPending()) {
        const order = await this.orders.order(record.orderId);
        if (!order) throw new Error(`Outbox record ${record.event.id} names missing order ${record.orderId}`);
        await this.notifier.send(emailFor(record.notify!, order));
        record = await this.save(record, { notified: true, ...done });
      }
      if (record.dueAt !== null) await this.save(record, done);
    } catch (err) {
      if (err instanceof FencedOut) return;
      await this.retryOrGiveUp(record, err);
    }
  }

  private async save(record: OutboxRecord, change: Partial<OutboxRecord>): Promise<OutboxRecord> {
    const next = { ...record, ...change, version: record.version + 1 };
    if (!(await this.work.writeOutbox(next, record.version))) throw new FencedOut();
    return next;
  }

  private async retryOrGiveUp(record: OutboxRecord, err: unknown): Promise<void> {
    const now = this.clock.now();
    const attempts = record.attempts + 1;
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const next = { ...record, version: record.version + 1, attempts, lastError: error };
    if (attempts < this.retry.maxAttempts) {
      this.logger.warn({ eventId: record.event.id, attempts, error }, 'outbox delivery failed; retrying later');
      await this.work.writeOutbox({ ...next, dueAt: now + retryDelayMs(this.retry, attempts) }, record.version);
      return;
    }
    this.logger.error({ eventId: record.event.id, attempts, error }, 'outbox delivery kept failing; dead-lettered');
    const deadLetter = { orderId: record.orderId, kind: 'outbox' as const, what: record.event.type, error, attempts, at: new Date(now).toISOString() };
    await this.work.writeOutbox({ ...next, dueAt: null }, record.version, deadLetter);
  }
}

/** Another worker took the record over (this one's lease ran out): stop without writing. */
class FencedOut extends Error {}
