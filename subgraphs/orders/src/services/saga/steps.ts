import type { FailureModel, OrderModel } from '../../domain/models.js';
import type { SagaProgress, SagaStep } from '../../domain/saga.js';
import type { SagaRecord } from '../../ports/OrderStore.js';
import type { Fulfillment } from '../../ports/Fulfillment.js';
import type { Inventory } from '../../ports/Inventory.js';
import type { PaymentProvider } from '../../ports/PaymentProvider.js';

export interface StepPorts {
  inventory: Inventory;
  payments: PaymentProvider;
  fulfillment: Fulfillment;
}

export interface StepSettings {
  /** How long inventory holds the stock before it returns by itself: longer than the saga can take. */
  holdSeconds: number;
}

/** done: record `progress` and go on. failed: a business refusal; undo what was done. */
export type StepResult = { kind: 'done'; progress: SagaProgress } | { kind: 'failed'; failure: FailureModel };

/** A step failed in a way retrying will not fix while compensating; it goes to the dead-letter store. */
export class CompensationRefusedError extends Error {
  override name = 'CompensationRefusedError';
}

const done = (progress: SagaProgress): StepResult => ({ kind: 'done', progress });
const failed = (code: FailureModel['code'], message: string, extra: Partial<FailureModel> = {}): StepResult => ({ kind: 'failed', failure: { code, message, ...extra } });

/** The payment provider's idempotency key for one step of one order: a retried step is the same call. */
export const paymentKey = (orderId: string, step: 'authorize' | 'capture' | 'void' | 'refund') => `${orderId}:${step}`;

/**
 * Runs the external call of one saga step. Each call is idempotent by order id (inventory,
 * fulfillment) or by a key derived from order id and step (payments), so running a step again after a
 * crash has no second effect. Throws when the other side could not answer (the runner retries).
 */
export async function runStep(step: Exclude<SagaStep, 'CONFIRM' | 'FINISH'>, saga: SagaRecord, order: OrderModel, ports: StepPorts, settings: StepSettings): Promise<StepResult> {
  const amount = { centAmount: order.totalCentAmount, currencyCode: order.currencyCode };
  const authorizationId = saga.progress.authorizationId ?? '';
  switch (step) {
    case 'RESERVE_STOCK': {
      const outcome = await ports.inventory.reserve({
        orderId: order.id,
        lines: order.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        destination: { countryCode: order.shippingAddress.countryCode, postalCode: order.shippingAddress.postalCode },
        holdSeconds: settings.holdSeconds,
      });
      if (outcome.kind === 'shortage') {
        const skus = outcome.shortages.map((s) => s.sku).join(', ');
        return failed('INSUFFICIENT_STOCK', `Not enough stock of ${skus || 'an item'} for this order.`, { shortages: outcome.shortages });
      }
      if (outcome.status === 'HELD' || outcome.status === 'COMMITTED') return done({ stockReserved: true });
      return failed('PROCESSING_FAILED', 'The stock held for this order was released before the order went through; nothing was charged.');
    }
    case 'AUTHORIZE_PAYMENT': {
      const outcome = await ports.payments.authorize({ idempotencyKey: paymentKey(order.id, 'authorize'), token: saga.paymentToken, amount, reference: order.id });
      return outcome.kind === 'authorized' ? done({ authorizationId: outcome.authorizationId }) : failed('PAYMENT_DECLINED', `The payment was declined: ${outcome.reason}`);
    }
    case 'REQUEST_FULFILLMENT': {
      const outcome = await ports.fulfillment.create({
        orderId: order.id,
        customerId: order.customerId,
        placedAt: order.createdAt,
        items: order.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        destination: order.shippingAddress,
        shippingSpeed: order.shippingSpeed,
      });
      return outcome.kind === 'accepted' ? done({ fulfillmentRequested: true }) : failed('FULFILLMENT_REJECTED', 'The order cannot be shipped to this address or with these items; nothing was charged.');
    }
    case 'COMMIT_STOCK': {
      const status = await ports.inventory.commit(order.id);
      return status === 'COMMITTED' ? done({ stockCommitted: true }) : failed('PROCESSING_FAILED', 'The stock held for this order ran out of time; nothing was charged.');
    }
    case 'CAPTURE_PAYMENT': {
      const outcome = await ports.payments.capture({ idempotencyKey: paymentKey(order.id, 'capture'), authorizationId, amount });
      return outcome.kind === 'done' ? done({ paymentCaptured: true }) : failed('PAYMENT_DECLINED', `The payment could not be taken: ${outcome.reason}`);
    }
    case 'CANCEL_FULFILLMENT': {
      const outcome = await ports.fulfillment.cancel(order.id);
      if (outcome.kind === 'not_cancellable') throw new CompensationRefusedError(`fulfillment will not cancel: ${outcome.reason}`);
      return done({ fulfillmentCancelled: true });
    }
    case 'REFUND_PAYMENT': {
      const outcome = await ports.payments.refund({ idempotencyKey: paymentKey(order.id, 'refund'), authorizationId, amount });
      if (outcome.kind === 'refused') throw new CompensationRefusedError(`refund refused: ${outcome.reason}`);
      return done({ paymentRefunded: true });
    }
    case 'VOID_PAYMENT': {
      const outcome = await ports.payments.void({ idempotencyKey: paymentKey(order.id, 'void'), authorizationId });
      if (outcome.kind === 'refused') throw new CompensationRefusedError(`void refused: ${outcome.reason}`);
      return done({ paymentVoided: true });
    }
    case 'RELEASE_STOCK':
      await ports.inventory.release(order.id);
      return done({ stockReleased: true });
  }
}
