import { upstreamUnavailable } from '@commerce/lib';
import { UPSTREAM } from '../adapters/sp-api/SpApiFulfillmentApi.js';
import type { FulfillmentCommandErrorModel, FulfillmentModel, FulfillmentOrderCommand } from '../domain/models.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import type { FulfillmentSync } from './fulfillmentSync.js';

export type CommandResult = FulfillmentModel | FulfillmentCommandErrorModel;

/**
 * The orders service's commands. Both are idempotent: create uses our order id as Amazon's
 * sellerFulfillmentOrderId (a repeat finds the existing order), and cancelling twice is cancelled.
 */
export class FulfillmentCommands {
  constructor(
    private readonly api: FulfillmentApi,
    private readonly sync: FulfillmentSync,
  ) {}

  async create(order: FulfillmentOrderCommand): Promise<CommandResult> {
    const outcome = await this.api.createFulfillmentOrder(order);
    if (outcome.kind === 'rejected') return { kind: 'error', code: 'REJECTED', message: outcome.reason };
    const record = await this.sync.refresh(order.orderId, { customerId: order.customerId });
    // Amazon accepted the order but cannot show it: treat as an outage; the caller retries (idempotent).
    if (!record) throw upstreamUnavailable(UPSTREAM, `${UPSTREAM} accepted order ${order.orderId} but does not show it yet; retry.`);
    return record;
  }

  async cancel(orderId: string): Promise<CommandResult> {
    const outcome = await this.api.cancelFulfillmentOrder(orderId);
    if (outcome.kind === 'not_found') return { kind: 'error', code: 'NOT_FOUND', message: `Amazon has no fulfillment order ${orderId}.` };
    if (outcome.kind === 'not_cancellable') {
      return {
        kind: 'error',
        code: 'NOT_CANCELLABLE',
        message: `Order ${orderId} is ${outcome.status} at Amazon; it can be cancelled only while New, Received or Planning.`,
      };
    }
    const record = await this.sync.refresh(orderId);
    return record ?? { kind: 'error', code: 'NOT_FOUND', message: `Order ${orderId} was not sent to fulfillment by this service.` };
  }
}
