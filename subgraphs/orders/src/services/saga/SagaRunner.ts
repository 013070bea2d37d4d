import type { Logger } from '@commerce/lib';
import { orderCancelled, orderConfirmed, orderFailed } from '../../domain/events.js';
import type { FailureModel, OrderModel } from '../../domain/models.js';
import { nextStep, retryDelayMs, type RetryPolicy, type SagaStep } from '../../domain/saga.js';
import type { Clock } from '../../ports/Clock.js';
import type { OrderStore, SagaRecord, SagaWrite, WorkStore } from '../../ports/OrderStore.js';
import { runStep, type StepPorts, type StepSettings } from './steps.js';

/**
 * Points where tests stop a worker dead, as a killed process would stop: a hook that never resolves
 * leaves the saga claimed until its lease runs out, and nothing after it runs.
 */
export interface SagaHooks {
  /** The step's external call has returned; its outcome is not recorded yet. */
  afterCall?(orderId: string, step: SagaStep): Promise<void>;
  /** The step's outcome is recorded; the next step has not started. */
  afterRecord?(orderId: string, step: SagaStep): Promise<void>;
}

export interface SagaSettings extends StepSettings {
  retry: RetryPolicy;
  leaseMs: number;
}

const PROCESSING_FAILED_MESSAGE = 'We could not complete the order because a service was unavailable; nothing was charged.';

/**
 * Runs a claimed saga step after step while this worker holds it. Every step's outcome is written
 * (with the order's change and outbox events, when the step makes one) before the next step starts,
 * conditional on the saga's version: a worker whose lease ran out and was taken over stops at its
 * next write. A step that throws is retried with backoff; one that keeps throwing goes to the
 * dead-letter store, and the order is compensated (forward) or parked for an operator (compensating).
 */
export class SagaRunner {
  constructor(
    private readonly orders: OrderStore,
    private readonly work: WorkStore,
    private readonly ports: StepPorts,
    private readonly clock: Clock,
    private readonly settings: SagaSettings,
    private readonly logger: Logger,
    private readonly hooks: SagaHooks = {},
  ) {}

  async run(claimed: SagaRecord): Promise<void> {
    let saga = claimed;
    if (!nextStep(saga)) {
      // Nothing to do (it was due by mistake): out of the due index rather than back every lease.
      await this.work.writeSaga({ saga: { ...saga, version: saga.version + 1, dueAt: null }, expectedVersion: saga.version });
      return;
    }
    let order = await this.orders.order(saga.orderId);
    if (!order) throw new Error(`Saga ${saga.orderId} has no order`);
    for (let step = nextStep(saga); step; step = nextStep(saga)) {
      const write = await this.attempt(step, saga, order);
      await this.hooks.afterCall?.(saga.orderId, step);
      if (!(await this.work.writeSaga(write))) {
        this.logger.info({ orderId: saga.orderId, step }, 'saga changed under this worker (lease taken over or an event); leaving it');
        return;
      }
      saga = write.saga;
      order = write.order?.next ?? order;
      await this.hooks.afterRecord?.(saga.orderId, step);
      // A retry waits for its time; idle, done and parked sagas wait for nothing.
      if (saga.dueAt === null || saga.attempts > 0) return;
    }
  }

  private async attempt(step: SagaStep, saga: SagaRecord, order: OrderModel): Promise<SagaWrite> {
    const now = this.clock.now();
    const base = { ...saga, version: saga.version + 1, attempts: 0, lastError: null, dueAt: now + this.settings.leaseMs };
    if (step === 'CONFIRM') return this.confirm(saga, order, now);
    if (step === 'FINISH') return this.finish(saga, order, now);
    try {
      const result = await runStep(step, saga, order, this.ports, this.settings);
      if (result.kind === 'done') return { saga: { ...base, progress: { ...saga.progress, ...result.progress } }, expectedVersion: saga.version };
      this.logger.info({ orderId: order.id, step, code: result.failure.code }, 'saga step refused; compensating');
      return { saga: { ...base, phase: 'compensating', outcome: 'FAILED', failure: result.failure }, expectedVersion: saga.version };
    } catch (err) {
      return this.retryOrGiveUp(step, saga, err, now);
    }
  }

  private retryOrGiveUp(step: SagaStep, saga: SagaRecord, err: unknown, now: number): SagaWrite {
    const attempts = saga.attempts + 1;
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (attempts < this.settings.retry.maxAttempts) {
      const delay = retryDelayMs(this.settings.retry, attempts);
      this.logger.warn({ orderId: saga.orderId, step, attempts, delay, error }, 'saga step failed; retrying later');
      return { saga: { ...saga, version: saga.version + 1, attempts, lastError: error, dueAt: now + delay }, expectedVersion: saga.version };
    }
    const deadLetter = { orderId: saga.orderId, kind: 'saga' as const, what: step, error, attempts, at: new Date(now).toISOString() };
    this.logger.error({ orderId: saga.orderId, step, attempts, error }, 'saga step kept failing; dead-lettered');
    if (saga.phase === 'forward') {
      const failure: FailureModel = { code: 'PROCESSING_FAILED', message: PROCESSING_FAILED_MESSAGE };
      return {
        // Still under this worker's lease: it goes on with the compensation itself.
        saga: { ...saga, version: saga.version + 1, phase: 'compensating', outcome: 'FAILED', failure, attempts: 0, lastError: error, dueAt: now + this.settings.leaseMs },
        expectedVersion: saga.version,
        deadLetter,
      };
    }
    return { saga: { ...saga, version: saga.version + 1, phase: 'parked', attempts, lastError: error, dueAt: null }, expectedVersion: saga.version, deadLetter };
  }

  private confirm(saga: SagaRecord, order: OrderModel, now: number): SagaWrite {
    const next: OrderModel = { ...order, status: 'CONFIRMED', updatedAt: new Date(now).toISOString(), version: order.version + 1 };
    return {
      saga: { ...saga, version: saga.version + 1, phase: 'idle', attempts: 0, lastError: null, dueAt: null },
      expectedVersion: saga.version,
      order: { next, expectedVersion: order.version },
      events: [{ event: orderConfirmed(next, now), notify: 'order-confirmation' }],
    };
  }

  /** Everything is undone: the order ends FAILED (or CANCELLED, when fulfillment cancelled it after confirmation). */
  private finish(saga: SagaRecord, order: OrderModel, now: number): SagaWrite {
    const failure = saga.failure ?? { code: 'PROCESSING_FAILED' as const, message: PROCESSING_FAILED_MESSAGE };
    const cancelled = saga.outcome === 'CANCELLED';
    const next: OrderModel = {
      ...order,
      status: cancelled ? 'CANCELLED' : 'FAILED',
      ...(cancelled ? { cancellationReason: failure.message } : { failure }),
      updatedAt: new Date(now).toISOString(),
      version: order.version + 1,
    };
    return {
      saga: { ...saga, version: saga.version + 1, phase: 'done', attempts: 0, lastError: null, dueAt: null },
      expectedVersion: saga.version,
      order: { next, expectedVersion: order.version },
      // OrderFailed is for orders that never went through; a confirmed order that fulfillment gave up on is cancelled.
      events: [{ event: cancelled ? orderCancelled(next, failure.message, now) : orderFailed(next, failure.code, failure.message, now), notify: null }],
    };
  }
}
