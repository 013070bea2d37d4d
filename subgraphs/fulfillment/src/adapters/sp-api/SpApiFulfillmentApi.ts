import { upstreamTimeout, upstreamUnavailable, type Logger } from '@commerce/lib';
import type { DeliveryEstimateModel, Destination, FulfillmentOrderCommand } from '../../domain/models.js';
import type {
  CancelOutcome,
  CreateOutcome,
  CreateReturnOutcome,
  FulfillmentApi,
  FulfillmentOrderSummary,
  FulfillmentSnapshot,
  ReturnRequestItem,
} from '../../ports/FulfillmentApi.js';
import { INVALID_RETURN_REASONS, toCreateRequest, toEstimate, toReasonCodes, toSnapshot, toSummary, toTracking } from './mapping.js';
import { SpApiRequestError, SpApiTimeoutError, SpApiUnavailableError, type SpApiClient } from './SpApiClient.js';

export const UPSTREAM = 'Amazon fulfillment';

export interface SpApiFulfillmentSettings {
  marketplaceId: string;
  /** Country of the fulfillment network that ships (deliveryOffers' origin). */
  shipFromCountry: string;
  /** Attempts for delivery offers, which sit on a page's read path (commands use the client's). */
  estimateMaxAttempts: number;
  /** How long a delivery offer may queue for a rate-limit slot before the page gets null. */
  estimateMaxQueueMs: number;
}

/**
 * FulfillmentApi over SP-API Fulfillment Outbound 2020-07-01. Amazon's errors stop here: failures become
 * UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT errors, expected refusals become outcomes, and Amazon's bodies
 * go to the log only.
 */
export class SpApiFulfillmentApi implements FulfillmentApi {
  constructor(
    private readonly client: SpApiClient,
    private readonly settings: SpApiFulfillmentSettings,
    private readonly logger: Logger,
  ) {}

  deliveryOffer(sku: string, destination: Destination): Promise<DeliveryEstimateModel | null> {
    return this.guard(async () => {
      try {
        const out = await this.client.call('deliveryOffers', {
          body: {
            product: { productIdentifier: { merchantSku: sku }, amount: { unitOfMeasure: 'Eaches', value: '1' } },
            terms: {
              origin: { countryCode: this.settings.shipFromCountry },
              destination: { deliveryAddress: { countryCode: destination.countryCode, postalCode: destination.postalCode } },
            },
          },
          maxAttempts: this.settings.estimateMaxAttempts,
          maxQueueMs: this.settings.estimateMaxQueueMs,
        });
        return toEstimate(out.payload?.deliveryOffers?.[0]);
      } catch (err) {
        // Amazon answers 400 for a SKU it does not stock: no offer, not an outage.
        if (err instanceof SpApiRequestError && err.status === 400) return this.logged(err, null);
        throw err;
      }
    });
  }

  createFulfillmentOrder(order: FulfillmentOrderCommand): Promise<CreateOutcome> {
    return this.guard(async () => {
      try {
        await this.client.call('createFulfillmentOrder', { body: toCreateRequest(order, this.settings.marketplaceId) });
        return { kind: 'created' };
      } catch (err) {
        if (!(err instanceof SpApiRequestError)) throw err;
        // Amazon refuses a second create with the same sellerFulfillmentOrderId. Whether that is what
        // happened (our earlier attempt got through) or the order itself was refused, the order's
        // existence tells.
        if (await this.getSnapshot(order.orderId)) return { kind: 'existing' };
        this.logged(err, null);
        return { kind: 'rejected', reason: `Amazon refused the fulfillment order (${err.errors.map((e) => e.code).join(', ') || `HTTP ${err.status}`}).` };
      }
    });
  }

  getFulfillmentOrder(orderId: string): Promise<FulfillmentSnapshot | null> {
    return this.guard(() => this.getSnapshot(orderId));
  }

  listFulfillmentOrders(since: Date): Promise<FulfillmentOrderSummary[]> {
    return this.guard(async () => {
      const all: FulfillmentOrderSummary[] = [];
      let nextToken: string | undefined;
      do {
        const out = await this.client.call('listAllFulfillmentOrders', {
          query: nextToken ? { nextToken } : { queryStartDate: since.toISOString() },
        });
        all.push(...(out.payload?.fulfillmentOrders ?? []).map(toSummary));
        nextToken = out.payload?.nextToken;
      } while (nextToken);
      return all;
    });
  }

  cancelFulfillmentOrder(orderId: string): Promise<CancelOutcome> {
    return this.guard(async () => {
      try {
        await this.client.call('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: orderId } });
        return { kind: 'cancelled' };
      } catch (err) {
        if (!(err instanceof SpApiRequestError)) throw err;
        const snapshot = await this.getSnapshot(orderId);
        if (!snapshot) return { kind: 'not_found' };
        // Amazon has given up on an Unfulfillable or Invalid order: nothing will ship, which is what a
        // cancelling caller (orders compensating a failed checkout) needs to know.
        if (['Cancelled', 'Unfulfillable', 'Invalid'].includes(snapshot.status)) return { kind: 'cancelled' };
        return { kind: 'not_cancellable', status: snapshot.status };
      }
    });
  }

  packageTracking(packageNumber: number) {
    return this.guard(async () => {
      try {
        const out = await this.client.call('getPackageTrackingDetails', { query: { packageNumber } });
        return out.payload ? toTracking(out.payload) : null;
      } catch (err) {
        // Amazon has no tracking until the carrier has the package.
        if (err instanceof SpApiRequestError && (err.status === 400 || err.status === 404)) return null;
        throw err;
      }
    });
  }

  returnReasonCodes(sku: string, options: { orderId?: string; language?: string }) {
    return this.guard(async () => {
      try {
        const out = await this.client.call('listReturnReasonCodes', {
          query: {
            sellerSku: sku,
            ...(options.orderId ? { sellerFulfillmentOrderId: options.orderId } : { marketplaceId: this.settings.marketplaceId }),
            ...(options.language ? { language: options.language } : {}),
          },
        });
        return toReasonCodes(out.payload?.reasonCodeDetails);
      } catch (err) {
        if (err instanceof SpApiRequestError && (err.status === 400 || err.status === 404)) return this.logged(err, []);
        throw err;
      }
    });
  }

  createReturn(orderId: string, items: readonly ReturnRequestItem[]): Promise<CreateReturnOutcome> {
    return this.guard(async () => {
      try {
        const out = await this.client.call('createFulfillmentReturn', {
          path: { sellerFulfillmentOrderId: orderId },
          body: {
            items: items.map((item) => ({
              sellerReturnItemId: item.returnItemId,
              sellerFulfillmentOrderItemId: item.sku,
              amazonShipmentId: item.amazonShipmentId,
              returnReasonCode: item.reasonCode,
            })),
          },
        });
        const invalid = out.payload?.invalidReturnItems ?? [];
        if (invalid.length > 0) {
          return {
            kind: 'refused',
            reasons: invalid.map((i) => ({ returnItemId: i.sellerReturnItemId, reason: INVALID_RETURN_REASONS[i.invalidItemReason.invalidItemReasonCode] })),
          };
        }
        const rma = out.payload?.returnAuthorizations?.[0];
        return { kind: 'authorized', rmaId: rma?.amazonRmaId ?? null, rmaPageUrl: rma?.rmaPageURL ?? null };
      } catch (err) {
        if (!(err instanceof SpApiRequestError)) throw err;
        if (err.status === 404) return { kind: 'not_found' };
        this.logged(err, null);
        return { kind: 'refused', reasons: items.map((i) => ({ returnItemId: i.returnItemId, reason: 'Amazon refused the return' })) };
      }
    });
  }

  private async getSnapshot(orderId: string): Promise<FulfillmentSnapshot | null> {
    try {
      const out = await this.client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: orderId } });
      return out.payload ? toSnapshot(out.payload) : null;
    } catch (err) {
      if (err instanceof SpApiRequestError && (err.status === 404 || err.status === 400)) return null;
      throw err;
    }
  }

  private logged<T>(err: SpApiRequestError, value: T): T {
    this.logger.warn({ operation: err.operation, status: err.status, errors: err.errors }, 'SP-API refused a request');
    return value;
  }

  /** The adapter boundary: whatever went wrong with Amazon leaves as one of our error codes. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof SpApiTimeoutError) throw upstreamTimeout(UPSTREAM, err.timeoutMs);
      if (err instanceof SpApiUnavailableError) {
        this.logger.warn({ err: err.message }, 'SP-API unavailable');
        throw upstreamUnavailable(UPSTREAM);
      }
      if (err instanceof SpApiRequestError) {
        this.logger.error({ operation: err.operation, status: err.status, errors: err.errors }, 'SP-API refused a request unexpectedly');
        throw upstreamUnavailable(UPSTREAM, `${UPSTREAM} refused the request; it has been logged.`);
      }
      throw err;
    }
  }
}
