import { describe, expect, it } from 'vitest';
import { meaningOf } from './fulfillmentStatus.js';
import { nextStep, retryDelayMs } from './saga.js';

describe('the saga’s next step', () => {
  it('goes forward through reserve, authorise, fulfil, commit, capture, confirm', () => {
    expect(nextStep({ phase: 'forward', progress: {} })).toBe('RESERVE_STOCK');
    expect(nextStep({ phase: 'forward', progress: { stockReserved: true } })).toBe('AUTHORIZE_PAYMENT');
    expect(nextStep({ phase: 'forward', progress: { stockReserved: true, authorizationId: 'a' } })).toBe('REQUEST_FULFILLMENT');
    expect(nextStep({ phase: 'forward', progress: { stockReserved: true, authorizationId: 'a', fulfillmentRequested: true } })).toBe('COMMIT_STOCK');
    expect(nextStep({ phase: 'forward', progress: { stockReserved: true, authorizationId: 'a', fulfillmentRequested: true, stockCommitted: true } })).toBe('CAPTURE_PAYMENT');
    expect(nextStep({ phase: 'forward', progress: { stockReserved: true, authorizationId: 'a', fulfillmentRequested: true, stockCommitted: true, paymentCaptured: true } })).toBe('CONFIRM');
  });

  it('undoes exactly what was done, most recent first, then finishes', () => {
    expect(nextStep({ phase: 'compensating', progress: {} })).toBe('FINISH');
    expect(nextStep({ phase: 'compensating', progress: { stockReserved: true } })).toBe('RELEASE_STOCK');
    expect(nextStep({ phase: 'compensating', progress: { stockReserved: true, authorizationId: 'a' } })).toBe('VOID_PAYMENT');
    expect(nextStep({ phase: 'compensating', progress: { stockReserved: true, authorizationId: 'a', fulfillmentRequested: true } })).toBe('CANCEL_FULFILLMENT');
    // Captured: refund, not void; committed stock is not released.
    const captured = { stockReserved: true, stockCommitted: true, authorizationId: 'a', fulfillmentRequested: true, fulfillmentCancelled: true, paymentCaptured: true };
    expect(nextStep({ phase: 'compensating', progress: captured })).toBe('REFUND_PAYMENT');
    expect(nextStep({ phase: 'compensating', progress: { ...captured, paymentRefunded: true } })).toBe('FINISH');
    for (const phase of ['idle', 'done', 'parked'] as const) expect(nextStep({ phase, progress: {} })).toBeNull();
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(policy, n, () => 1))).toEqual([1000, 2000, 4000, 8000, 10_000]);
    expect(retryDelayMs(policy, 3, () => 0)).toBe(2000);
  });
});

describe('fulfillment statuses', () => {
  it('maps Amazon MCF statuses to what they mean for the order', () => {
    for (const status of ['New', 'Received', 'Planning', 'Processing']) expect(meaningOf({ status, trackingNumbers: [] })).toEqual({ kind: 'none' });
    expect(meaningOf({ status: 'Complete', trackingNumbers: ['T1'], delivered: false })).toEqual({ kind: 'shipped', trackingNumbers: ['T1'], delivered: false });
    expect(meaningOf({ status: 'CompletePartialled', trackingNumbers: ['T1'], delivered: true })).toEqual({ kind: 'shipped', trackingNumbers: ['T1'], delivered: true });
    for (const status of ['Cancelled', 'Unfulfillable', 'Invalid']) expect(meaningOf({ status, trackingNumbers: [] }).kind).toBe('cancelled');
  });
});
