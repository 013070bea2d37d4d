import type { CancelOutcome, CreateOutcome, Fulfillment, FulfillmentRequest } from '../../src/ports/Fulfillment.js';
import { CallLog } from './CallLog.js';

/**
 * Fulfillment with the real service's contract: create is idempotent by order id (a repeat finds the
 * order and ships nothing twice), SKUs in `rejectSkus` are refused, cancel works until `shipped`.
 */
export class FakeFulfillment implements Fulfillment {
  readonly calls = new CallLog();
  readonly orders = new Map<string, { request: FulfillmentRequest; status: 'New' | 'Cancelled' | 'Complete' }>();
  readonly rejectSkus = new Set<string>();
  /** Thrown by the next N create calls, to exercise retries. */
  failNextCreates = 0;

  async create(request: FulfillmentRequest): Promise<CreateOutcome> {
    this.calls.record('create', request.orderId);
    if (this.failNextCreates > 0) {
      this.failNextCreates--;
      throw new Error('fulfillment is unavailable');
    }
    if (request.items.some((item) => this.rejectSkus.has(item.sku))) return { kind: 'rejected', reason: 'Amazon does not stock this SKU.' };
    if (!this.orders.has(request.orderId)) this.orders.set(request.orderId, { request, status: 'New' });
    return { kind: 'accepted', status: this.orders.get(request.orderId)!.status.toUpperCase() };
  }

  async cancel(orderId: string): Promise<CancelOutcome> {
    this.calls.record('cancel', orderId);
    const order = this.orders.get(orderId);
    if (!order) return { kind: 'not_found' };
    if (order.status === 'Complete') return { kind: 'not_cancellable', reason: 'shipped' };
    order.status = 'Cancelled';
    return { kind: 'cancelled' };
  }
}
