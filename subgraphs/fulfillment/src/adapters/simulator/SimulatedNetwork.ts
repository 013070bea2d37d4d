import type { Schemas } from '../sp-api/SpApiClient.js';
import type { SimulatorClock } from './SimulatorClock.js';
import { statusAt, statusChanges, type SimOrder, type SimulatorTimeline } from './timeline.js';
import { fulfillmentOrderResult, fulfillmentOrderView, returnItemView, trackingView } from './views.js';

export interface Reply {
  status: number;
  body: unknown;
}

export interface NetworkSettings {
  timeline: SimulatorTimeline;
  /** SKUs ending in this are out of stock unless the stock table says otherwise. */
  outOfStockSuffix: string;
  /** Explicit stock: SKU → in stock. Wins over the suffix rule. */
  stock: Map<string, boolean>;
  /** How long a delivery offer holds. */
  offerTtlMs: number;
  pageSize: number;
  /** Base of the RMA pages handed out with returns. */
  publicUrl: () => string;
}

/** A status change or a received return, for FULFILLMENT_ORDER_STATUS notifications. */
export interface NetworkEvent {
  at: number;
  order: SimOrder;
  eventType: 'Order' | 'Shipment' | 'Return';
  status: Schemas['FulfillmentOrderStatus'];
  returned?: { sku: string; quantity: number };
}

const REASON_CODES: Schemas['ReasonCodeDetails'][] = [
  { returnReasonCode: 'CR-UNWANTED_ITEM', description: 'No longer needed' },
  { returnReasonCode: 'CR-DEFECTIVE', description: 'Item is defective or does not work' },
  { returnReasonCode: 'CR-DAMAGED_BY_CARRIER', description: 'Item arrived damaged' },
  { returnReasonCode: 'CR-ORDERED_WRONG_ITEM', description: 'Bought by mistake' },
  { returnReasonCode: 'CR-NOT_AS_DESCRIBED', description: 'Item not as described' },
];

const err = (status: number, code: string, message: string): Reply => ({ status, body: { errors: [{ code, message }] } });
const ok = (body: unknown): Reply => ({ status: 200, body });
const iso = (ms: number) => new Date(ms).toISOString();
const day = 86_400_000;

/**
 * The simulated Amazon fulfillment network behind the simulator's HTTP routes: orders, their progress
 * along the timeline, tracking, returns. Pure state plus the clock; answers in the model's shapes.
 */
export class SimulatedNetwork {
  readonly orders = new Map<string, SimOrder>();
  private nextPackage = 1001;
  private nextReturn = 1;

  constructor(
    private readonly clock: SimulatorClock,
    readonly settings: NetworkSettings,
  ) {}

  inStock(sku: string): boolean {
    return this.settings.stock.get(sku) ?? !sku.endsWith(this.settings.outOfStockSuffix);
  }

  deliveryOffers(body: Schemas['GetDeliveryOffersRequest']): Reply {
    const now = this.clock.now();
    if (!this.inStock(body.product.productIdentifier.merchantSku)) return ok({ payload: { deliveryOffers: [] } });
    const to = body.terms.destination.deliveryAddress;
    if (!to) return err(400, 'InvalidInput', 'A delivery address is required.');
    const domestic = to.countryCode === body.terms.origin.countryCode;
    const earliest = endOfDay(now + (domestic ? 2 : 6) * day);
    const latest = endOfDay(now + (domestic ? 4 : 10) * day);
    const offer: Schemas['DeliveryOffer'] = {
      expiresAt: iso(now + this.settings.offerTtlMs),
      dateRange: { earliest: iso(earliest), latest: iso(latest) },
      policy: { message: { text: `Arrives ${formatDay(earliest)} – ${formatDay(latest)}`, locale: 'en_US' } },
    };
    return ok({ payload: { deliveryOffers: [offer] } });
  }

  create(body: Schemas['CreateFulfillmentOrderRequest']): Reply {
    const id = body.sellerFulfillmentOrderId;
    if (this.orders.has(id)) {
      return err(400, 'InvalidInput', `Duplicate request: a fulfillment order with SellerFulfillmentOrderId ${id} already exists.`);
    }
    const skus = body.items.map((i) => i.sellerSku);
    const boxes = Math.min(3, skus.length);
    const packages = Array.from({ length: boxes }, () => {
      const packageNumber = this.nextPackage++;
      return { packageNumber, trackingNumber: `TBA${String(300_000_000_000 + packageNumber)}`, skus: [] as string[] };
    });
    skus.forEach((sku, i) => packages[i % boxes]!.skus.push(sku));
    this.orders.set(id, {
      request: body,
      createdAt: this.clock.now(),
      unfulfillable: skus.some((sku) => !this.inStock(sku)),
      cancelledAt: null,
      shipmentId: `SIM${id.replace(/[^A-Za-z0-9]/g, '').slice(-10).toUpperCase()}${packages[0]!.packageNumber}`,
      packages,
      returns: [],
      authorizations: [],
    });
    return ok({});
  }

  get(orderId: string): Reply {
    const order = this.orders.get(orderId);
    if (!order) return err(404, 'NotFound', `No fulfillment order ${orderId}.`);
    return ok({ payload: fulfillmentOrderResult(order, this.settings.timeline, this.clock.now()) });
  }

  list(query: { queryStartDate?: string; nextToken?: string }): Reply {
    const now = this.clock.now();
    let since = now - 36 * 3_600_000;
    let offset = 0;
    if (query.nextToken) {
      try {
        ({ since, offset } = JSON.parse(Buffer.from(query.nextToken, 'base64url').toString()) as { since: number; offset: number });
      } catch {
        return err(400, 'InvalidInput', 'Invalid nextToken.');
      }
    } else if (query.queryStartDate) {
      since = Date.parse(query.queryStartDate);
      if (Number.isNaN(since)) return err(400, 'InvalidInput', 'queryStartDate is not a date-time.');
    }
    const views = [...this.orders.values()]
      .map((o) => fulfillmentOrderView(o, this.settings.timeline, now))
      .filter((v) => Date.parse(v.statusUpdatedDate) >= since)
      .sort((a, b) => a.statusUpdatedDate.localeCompare(b.statusUpdatedDate) || a.sellerFulfillmentOrderId.localeCompare(b.sellerFulfillmentOrderId));
    const page = views.slice(offset, offset + this.settings.pageSize);
    const more = offset + page.length < views.length;
    const nextToken = more ? Buffer.from(JSON.stringify({ since, offset: offset + page.length })).toString('base64url') : undefined;
    return ok({ payload: { fulfillmentOrders: page, ...(nextToken ? { nextToken } : {}) } });
  }

  cancel(orderId: string): Reply {
    const order = this.orders.get(orderId);
    if (!order) return err(404, 'NotFound', `No fulfillment order ${orderId}.`);
    const { status } = statusAt(order, this.settings.timeline, this.clock.now());
    if (status === 'Cancelled') return ok({});
    if (!['New', 'Received', 'Planning'].includes(status)) {
      return err(400, 'InvalidInput', `Fulfillment order ${orderId} cannot be cancelled in status ${status}.`);
    }
    order.cancelledAt = this.clock.now();
    return ok({});
  }

  tracking(packageNumber: number): Reply {
    for (const order of this.orders.values()) {
      const view = trackingView(order, packageNumber, this.settings.timeline, this.clock.now());
      if (view) return ok({ payload: view });
    }
    return err(400, 'InvalidInput', `No tracking information for package ${packageNumber}.`);
  }

  reasonCodes(query: { sellerSku?: string; sellerFulfillmentOrderId?: string; language?: string }): Reply {
    if (!query.sellerSku) return err(400, 'InvalidInput', 'sellerSku is required.');
    if (query.sellerFulfillmentOrderId && !this.orders.has(query.sellerFulfillmentOrderId)) {
      return err(400, 'InvalidInput', `No fulfillment order ${query.sellerFulfillmentOrderId}.`);
    }
    const details = REASON_CODES.map((r) => (query.language ? { ...r, translatedDescription: r.description } : r));
    return ok({ payload: { reasonCodeDetails: details } });
  }

  createReturn(orderId: string, body: Schemas['CreateFulfillmentReturnRequest']): Reply {
    const order = this.orders.get(orderId);
    if (!order) return err(404, 'NotFound', `No fulfillment order ${orderId}.`);
    const now = this.clock.now();
    const shipped = statusAt(order, this.settings.timeline, now).status === 'Complete';
    const accepted: SimOrder['returns'] = [];
    const invalid: Schemas['InvalidReturnItem'][] = [];
    const authorizationId = `RA${String(this.nextReturn).padStart(6, '0')}`;
    for (const item of body.items) {
      const line = order.request.items.find((i) => i.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId);
      const returned = [...order.returns, ...accepted].filter((r) => r.sku === line?.sellerSku).length;
      const reason: Schemas['InvalidItemReasonCode'] | null = [...order.returns, ...accepted].some((r) => r.returnItemId === item.sellerReturnItemId)
        ? 'DuplicateRequest'
        : !line || item.amazonShipmentId !== order.shipmentId || !REASON_CODES.some((r) => r.returnReasonCode === item.returnReasonCode)
          ? 'InvalidValues'
          : !shipped
            ? 'NoCompletedShipItems'
            : returned >= line.quantity
              ? 'NoReturnableQuantity'
              : null;
      if (reason) {
        invalid.push({ sellerReturnItemId: item.sellerReturnItemId, sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId, invalidItemReason: { invalidItemReasonCode: reason, description: reason } });
      } else {
        accepted.push({ returnItemId: item.sellerReturnItemId, sku: line!.sellerSku, reasonCode: item.returnReasonCode, requestedAt: now, authorizationId });
      }
    }
    const authorizations: Schemas['ReturnAuthorization'][] = [];
    if (accepted.length > 0) {
      const rma = `RMA${String(this.nextReturn++).padStart(8, '0')}`;
      authorizations.push({
        returnAuthorizationId: authorizationId,
        fulfillmentCenterId: 'SEA8',
        returnToAddress: { name: 'Amazon Returns (simulated)', addressLine1: '20529 59th Pl S', city: 'Kent', stateOrRegion: 'WA', postalCode: '98032', countryCode: 'US' },
        amazonRmaId: rma,
        rmaPageURL: `${this.settings.publicUrl()}/_simulator/rma/${rma}`,
      });
      order.returns.push(...accepted);
      order.authorizations.push(...authorizations);
    }
    return ok({
      payload: {
        returnItems: accepted.map((r) => returnItemView(order, r, this.settings.timeline, now)),
        invalidReturnItems: invalid,
        returnAuthorizations: authorizations,
      },
    });
  }

  /** What happened in (from, to]: status changes and received returns, oldest first. */
  eventsBetween(from: number, to: number): NetworkEvent[] {
    const events: NetworkEvent[] = [];
    const { timeline } = this.settings;
    for (const order of this.orders.values()) {
      for (const change of statusChanges(order, timeline)) {
        if (change.status === 'New' || change.at <= from || change.at > to) continue;
        events.push({ at: change.at, order, eventType: change.status === 'Complete' ? 'Shipment' : 'Order', status: change.status });
      }
      for (const item of order.returns) {
        const at = item.requestedAt + timeline.returnReceived;
        if (at > from && at <= to) events.push({ at, order, eventType: 'Return', status: statusAt(order, timeline, at).status, returned: { sku: item.sku, quantity: 1 } });
      }
    }
    return events.sort((a, b) => a.at - b.at);
  }
}

/** 20:00 UTC of the day, the latest a delivery that day arrives. */
function endOfDay(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 20);
}

function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
