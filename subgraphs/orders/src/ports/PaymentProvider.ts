import type { Price } from '../domain/money.js';

export type AuthorizeOutcome = { kind: 'authorized'; authorizationId: string } | { kind: 'declined'; reason: string };
export type SettleOutcome = { kind: 'done' } | { kind: 'refused'; reason: string };

/** The provider could not answer (network, outage, 5xx); the same call with the same key may be retried. */
export class PaymentUnavailableError extends Error {
  override name = 'PaymentUnavailableError';
}

/**
 * A card payment in two steps: authorise (hold the amount), then capture (take it) or void (let the
 * hold go); refund gives back a captured payment. Every call carries an idempotency key: the same key
 * again returns the first call's outcome and moves no money twice. Stripe's PaymentIntents
 * (capture_method=manual, Idempotency-Key header) and Adyen's /payments + /captures, /cancels,
 * /refunds (Idempotency-Key header) both fit this shape.
 */
export interface PaymentProvider {
  authorize(request: { idempotencyKey: string; token: string; amount: Price; reference: string }): Promise<AuthorizeOutcome>;
  capture(request: { idempotencyKey: string; authorizationId: string; amount: Price }): Promise<SettleOutcome>;
  void(request: { idempotencyKey: string; authorizationId: string }): Promise<SettleOutcome>;
  refund(request: { idempotencyKey: string; authorizationId: string; amount: Price }): Promise<SettleOutcome>;
}
