import type { DeliveryEstimateModel, FulfillmentOrderCommand, PackageModel, ReasonCodeModel, TrackingEventModel } from '../../domain/models.js';
import type { FulfillmentOrderSummary, FulfillmentSnapshot } from '../../ports/FulfillmentApi.js';
import type { Schemas } from './SpApiClient.js';

/** Translations between the SP-API model's shapes and ours, both ways. Pure. */

export function toCreateRequest(order: FulfillmentOrderCommand, marketplaceId: string): Schemas['CreateFulfillmentOrderRequest'] {
  const d = order.destination;
  return {
    marketplaceId,
    // Our order id is Amazon's idempotency key: a repeated create cannot ship the order twice.
    sellerFulfillmentOrderId: order.orderId,
    displayableOrderId: order.orderId,
    displayableOrderDate: order.placedAt,
    displayableOrderComment: 'Thank you for your order.',
    shippingSpeedCategory: order.shippingSpeed,
    destinationAddress: {
      name: d.name,
      addressLine1: d.line1,
      ...(d.line2 ? { addressLine2: d.line2 } : {}),
      ...(d.city ? { city: d.city } : {}),
      ...(d.stateOrRegion ? { stateOrRegion: d.stateOrRegion } : {}),
      postalCode: d.postalCode,
      countryCode: d.countryCode,
      ...(d.phone ? { phone: d.phone } : {}),
    },
    fulfillmentAction: 'Ship',
    // Ship all or nothing: a partial shipment would need a business decision the order has not made.
    fulfillmentPolicy: 'FillOrKill',
    // One line per SKU, so the SKU doubles as the line id that returns refer to.
    items: order.items.map((item) => ({ sellerSku: item.sku, sellerFulfillmentOrderItemId: item.sku, quantity: item.quantity })),
  };
}

export function toEstimate(offer: Schemas['DeliveryOffer'] | undefined): DeliveryEstimateModel | null {
  if (!offer) return null;
  return {
    earliest: offer.dateRange?.earliest ?? null,
    latest: offer.dateRange?.latest ?? null,
    message: offer.policy?.message?.text ?? null,
    expiresAt: offer.expiresAt ?? null,
  };
}

export function toSnapshot(result: Schemas['GetFulfillmentOrderResult']): FulfillmentSnapshot {
  const order = result.fulfillmentOrder;
  return {
    orderId: order.sellerFulfillmentOrderId,
    status: order.fulfillmentOrderStatus,
    statusUpdatedAt: order.statusUpdatedDate,
    items: result.fulfillmentOrderItems.map((item) => ({ sku: item.sellerSku, quantity: item.quantity })),
    shipments: (result.fulfillmentShipments ?? []).map((shipment) => ({
      id: shipment.amazonShipmentId,
      status: shipment.fulfillmentShipmentStatus,
      shippedAt: shipment.shippingDate ?? null,
      estimatedArrival: shipment.estimatedArrivalDate ?? null,
      items: shipment.fulfillmentShipmentItem.map((item) => ({ sku: item.sellerSku, quantity: item.quantity })),
      packages: (shipment.fulfillmentShipmentPackage ?? []).map(
        (pkg): PackageModel => ({
          packageNumber: pkg.packageNumber,
          carrier: pkg.carrierCode,
          trackingNumber: pkg.trackingNumber ?? null,
          currentStatus: null,
          estimatedArrival: pkg.estimatedArrivalDate ?? null,
          events: [],
        }),
      ),
    })),
    returnItems: result.returnItems.map((item) => ({ returnItemId: item.sellerReturnItemId, status: item.status })),
  };
}

export function toSummary(order: Schemas['FulfillmentOrder']): FulfillmentOrderSummary {
  return { orderId: order.sellerFulfillmentOrderId, status: order.fulfillmentOrderStatus, statusUpdatedAt: order.statusUpdatedDate };
}

export function toTracking(details: Schemas['PackageTrackingDetails']): Pick<PackageModel, 'currentStatus' | 'estimatedArrival' | 'events'> {
  const events = (details.trackingEvents ?? []).map(
    (event): TrackingEventModel => ({
      at: event.eventDate,
      code: event.eventCode,
      description: event.eventDescription,
      location: [event.eventAddress?.city, event.eventAddress?.state, event.eventAddress?.country].filter(Boolean).join(', ') || null,
    }),
  );
  events.sort((a, b) => a.at.localeCompare(b.at));
  return { currentStatus: details.currentStatus ?? null, estimatedArrival: details.estimatedArrivalDate ?? null, events };
}

export function toReasonCodes(list: Schemas['ReasonCodeDetailsList'] | undefined): ReasonCodeModel[] {
  return (list ?? []).map((r) => ({ code: r.returnReasonCode, description: r.description, translatedDescription: r.translatedDescription ?? null }));
}

/** Amazon's reasons for refusing a return item, in our words. */
export const INVALID_RETURN_REASONS: Record<Schemas['InvalidItemReasonCode'], string> = {
  InvalidValues: 'the item or reason code is not valid for this order',
  DuplicateRequest: 'this return was already requested',
  NoCompletedShipItems: 'no shipped units of the item',
  NoReturnableQuantity: 'every shipped unit of the item is already being returned',
};
