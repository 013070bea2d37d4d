import { randomBytes } from 'node:crypto';
import { forbidden, unauthenticated, type Principal } from '@commerce/lib';
import type { FulfillmentModel, ReasonCodeModel, ReturnErrorModel, ReturnItemModel, ReturnModel } from '../domain/models.js';
import { planReturn } from '../domain/returns.js';
import type { Clock } from '../ports/Clock.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import type { FulfillmentStore } from '../ports/FulfillmentStore.js';
import type { FulfillmentSync } from './fulfillmentSync.js';

/** Returns of shipped items, for the customer who placed the order. */
export class Returns {
  constructor(
    private readonly api: FulfillmentApi,
    private readonly store: FulfillmentStore,
    private readonly sync: FulfillmentSync,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly newReturnId: () => string = () => `RET-${randomBytes(6).toString('hex').toUpperCase()}`,
  ) {}

  async reasonCodes(principal: Principal, sku: string, options: { orderId?: string; language?: string }): Promise<ReasonCodeModel[]> {
    if (options.orderId) await this.ownedOrder(principal, options.orderId);
    return this.api.returnReasonCodes(sku, options);
  }

  /** `items` as parseReturnItems leaves them: one entry per SKU and reason. */
  async request(principal: Principal, orderId: string, items: readonly ReturnItemModel[]): Promise<ReturnModel | ReturnErrorModel> {
    const record = await this.ownedOrder(principal, orderId);
    if (!record) return { kind: 'error', code: 'ORDER_NOT_FOUND', message: `No shipped order ${orderId} to return items from.` };
    const returnId = this.newReturnId();
    const units = planReturn(record, items, returnId);
    if (!Array.isArray(units)) return units;

    for (const sku of new Set(items.map((i) => i.sku))) {
      const allowed = await this.api.returnReasonCodes(sku, { orderId });
      for (const { reasonCode } of items.filter((i) => i.sku === sku)) {
        if (!allowed.some((r) => r.code === reasonCode)) {
          return { kind: 'error', code: 'INVALID_REASON_CODE', message: `reasonCode ${reasonCode} is not accepted for ${sku}; use one of: ${allowed.map((r) => r.code).join(', ') || '(none)'}.` };
        }
      }
    }

    const outcome = await this.api.createReturn(orderId, units);
    if (outcome.kind === 'not_found') return { kind: 'error', code: 'ORDER_NOT_FOUND', message: `Amazon has no fulfillment order ${orderId}.` };
    if (outcome.kind === 'refused') {
      const reasons = [...new Set(outcome.reasons.map((r) => r.reason))].join('; ');
      return { kind: 'error', code: 'NOT_RETURNABLE', message: `Amazon refused the return: ${reasons}.` };
    }
    const created: ReturnModel = {
      id: returnId,
      status: 'AUTHORIZED',
      items: [...items],
      rmaId: outcome.rmaId,
      rmaPageUrl: outcome.rmaPageUrl,
      requestedAt: new Date(this.clock.now()).toISOString(),
    };
    await this.sync.update(orderId, (current) => ({ ...current, returns: [...current.returns, created] }));
    return created;
  }

  /** The order's record when `principal` is the customer who placed it; null when there is none. */
  private async ownedOrder(principal: Principal, orderId: string): Promise<FulfillmentModel | null> {
    if (principal.kind === 'anonymous') throw unauthenticated('Sign in to return items of your orders.');
    if (principal.kind !== 'customer' || !principal.id) throw forbidden('Only the customer who placed an order can return its items.');
    const record = await this.store.fulfillment(orderId);
    if (record && record.customerId !== principal.id) throw forbidden(`Order ${orderId} belongs to another customer.`);
    return record;
  }
}
