import { PaymentUnavailableError, type PaymentProvider } from '../../src/ports/PaymentProvider.js';
import { CallLog } from './CallLog.js';

const orderOf = (idempotencyKey: string) => idempotencyKey.slice(0, idempotencyKey.lastIndexOf(':'));

/** Counts calls per order around a real provider. */
export class CountingPayments implements PaymentProvider {
  readonly calls = new CallLog();
  /** While set, refunds fail as an unavailable provider's would. */
  refundsDown = false;

  constructor(private readonly inner: PaymentProvider) {}

  authorize(request: Parameters<PaymentProvider['authorize']>[0]) {
    this.calls.record('authorize', request.reference);
    return this.inner.authorize(request);
  }

  capture(request: Parameters<PaymentProvider['capture']>[0]) {
    this.calls.record('capture', orderOf(request.idempotencyKey));
    return this.inner.capture(request);
  }

  void(request: Parameters<PaymentProvider['void']>[0]) {
    this.calls.record('void', orderOf(request.idempotencyKey));
    return this.inner.void(request);
  }

  refund(request: Parameters<PaymentProvider['refund']>[0]) {
    this.calls.record('refund', orderOf(request.idempotencyKey));
    if (this.refundsDown) return Promise.reject(new PaymentUnavailableError('refunds are down'));
    return this.inner.refund(request);
  }
}
