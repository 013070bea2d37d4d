import type { FailureModel } from './models.js';

/**
 * The order-processing saga as data. Which step runs next follows from what is already done
 * (`progress`, written durably after every step), so a worker that picks the saga up after a crash
 * starts exactly where the last one stopped, and a step that ran but was not recorded runs again
 * (every external call is idempotent by order id).
 */
export type SagaStep =
  | 'RESERVE_STOCK'
  | 'AUTHORIZE_PAYMENT'
  | 'REQUEST_FULFILLMENT'
  | 'COMMIT_STOCK'
  | 'CAPTURE_PAYMENT'
  | 'CONFIRM'
  | 'CANCEL_FULFILLMENT'
  | 'REFUND_PAYMENT'
  | 'VOID_PAYMENT'
  | 'RELEASE_STOCK'
  | 'FINISH';

/**
 * forward: placing the order. compensating: undoing what was done, then FINISH writes `outcome`.
 * idle: confirmed or shipped, waiting for fulfillment events. done: terminal. parked: a compensation
 * kept failing; it waits in the dead-letter store for an operator.
 */
export type SagaPhase = 'forward' | 'compensating' | 'idle' | 'done' | 'parked';

export interface SagaProgress {
  stockReserved?: boolean;
  authorizationId?: string;
  fulfillmentRequested?: boolean;
  stockCommitted?: boolean;
  paymentCaptured?: boolean;
  fulfillmentCancelled?: boolean;
  paymentRefunded?: boolean;
  paymentVoided?: boolean;
  stockReleased?: boolean;
}

export interface SagaState {
  orderId: string;
  phase: SagaPhase;
  progress: SagaProgress;
  /** What FINISH writes when compensating: FAILED (with `failure`) or CANCELLED. */
  outcome: 'FAILED' | 'CANCELLED' | null;
  failure: FailureModel | null;
  /** The payment token the customer gave; used once, to authorise. */
  paymentToken: string;
  /** Failed attempts of the current step. */
  attempts: number;
  lastError: string | null;
}

export function nextStep(saga: Pick<SagaState, 'phase' | 'progress'>): SagaStep | null {
  const p = saga.progress;
  switch (saga.phase) {
    case 'forward':
      if (!p.stockReserved) return 'RESERVE_STOCK';
      if (!p.authorizationId) return 'AUTHORIZE_PAYMENT';
      if (!p.fulfillmentRequested) return 'REQUEST_FULFILLMENT';
      if (!p.stockCommitted) return 'COMMIT_STOCK';
      if (!p.paymentCaptured) return 'CAPTURE_PAYMENT';
      return 'CONFIRM';
    case 'compensating':
      if (p.fulfillmentRequested && !p.fulfillmentCancelled) return 'CANCEL_FULFILLMENT';
      if (p.paymentCaptured && !p.paymentRefunded) return 'REFUND_PAYMENT';
      if (p.authorizationId && !p.paymentCaptured && !p.paymentVoided) return 'VOID_PAYMENT';
      if (p.stockReserved && !p.stockCommitted && !p.stockReleased) return 'RELEASE_STOCK';
      return 'FINISH';
    default:
      return null;
  }
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff with full jitter over the upper half, capped. `attempt` counts from 1. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
