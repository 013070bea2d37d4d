import type { Schemas } from '../sp-api/SpApiClient.js';
import { packageStatus, statusAt, trackingAt, type SimOrder, type SimulatorTimeline } from './timeline.js';

/** What getFulfillmentOrder and its siblings answer about a simulated order at `now`, in the model's shapes. */

const iso = (ms: number) => new Date(ms).toISOString();

export function fulfillmentOrderView(order: SimOrder, timeline: SimulatorTimeline, now: number): Schemas['FulfillmentOrder'] {
  const { status, at } = statusAt(order, timeline, now);
  const r = order.request;
  return {
    sellerFulfillmentOrderId: r.sellerFulfillmentOrderId,
    marketplaceId: r.marketplaceId ?? 'ATVPDKIKX0DER',
    displayableOrderId: r.displayableOrderId,
    displayableOrderDate: r.displayableOrderDate,
    displayableOrderComment: r.displayableOrderComment,
    shippingSpeedCategory: r.shippingSpeedCategory,
    destinationAddress: r.destinationAddress,
    ...(r.fulfillmentAction ? { fulfillmentAction: r.fulfillmentAction } : {}),
    ...(r.fulfillmentPolicy ? { fulfillmentPolicy: r.fulfillmentPolicy } : {}),
    receivedDate: iso(order.createdAt),
    fulfillmentOrderStatus: status,
    statusUpdatedDate: iso(at),
  };
}

export function fulfillmentOrderResult(order: SimOrder, timeline: SimulatorTimeline, now: number): Schemas['GetFulfillmentOrderResult'] {
  const { status } = statusAt(order, timeline, now);
  const shipped = status === 'Complete';
  const arrival = iso(order.createdAt + timeline.delivered);
  const items: Schemas['FulfillmentOrderItem'][] = order.request.items.map((item) => ({
    sellerSku: item.sellerSku,
    sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
    quantity: item.quantity,
    cancelledQuantity: status === 'Cancelled' ? item.quantity : 0,
    unfulfillableQuantity: status === 'Unfulfillable' ? item.quantity : 0,
    ...(order.unfulfillable ? {} : { estimatedShipDate: iso(order.createdAt + timeline.shipped), estimatedArrivalDate: arrival }),
  }));
  const shipments: Schemas['FulfillmentShipment'][] =
    status === 'Processing' || shipped
      ? [
          {
            amazonShipmentId: order.shipmentId,
            fulfillmentCenterId: 'SEA8',
            fulfillmentShipmentStatus: shipped ? 'SHIPPED' : 'PENDING',
            ...(shipped ? { shippingDate: iso(order.createdAt + timeline.shipped) } : {}),
            estimatedArrivalDate: arrival,
            fulfillmentShipmentItem: order.request.items.map((item) => ({
              sellerSku: item.sellerSku,
              sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
              quantity: item.quantity,
              ...(shipped ? { packageNumber: order.packages.find((p) => p.skus.includes(item.sellerSku))!.packageNumber } : {}),
            })),
            ...(shipped
              ? {
                  fulfillmentShipmentPackage: order.packages.map((p) => ({
                    packageNumber: p.packageNumber,
                    carrierCode: 'AMZN_US',
                    trackingNumber: p.trackingNumber,
                    estimatedArrivalDate: arrival,
                  })),
                }
              : {}),
          },
        ]
      : [];
  return {
    fulfillmentOrder: fulfillmentOrderView(order, timeline, now),
    fulfillmentOrderItems: items,
    fulfillmentShipments: shipments,
    returnItems: order.returns.map((r) => returnItemView(order, r, timeline, now)),
    returnAuthorizations: order.authorizations,
  };
}

export function returnItemView(order: SimOrder, item: SimOrder['returns'][number], timeline: SimulatorTimeline, now: number): Schemas['ReturnItem'] {
  const receivedAt = item.requestedAt + timeline.returnReceived;
  const received = receivedAt <= now;
  return {
    sellerReturnItemId: item.returnItemId,
    sellerFulfillmentOrderItemId: item.sku,
    amazonShipmentId: order.shipmentId,
    sellerReturnReasonCode: item.reasonCode,
    status: received ? 'Processed' : 'New',
    statusChangedDate: iso(received ? receivedAt : item.requestedAt),
    returnAuthorizationId: item.authorizationId,
    ...(received ? { returnReceivedCondition: 'Sellable' as const, fulfillmentCenterId: 'SEA8' } : {}),
  };
}

export function trackingView(order: SimOrder, packageNumber: number, timeline: SimulatorTimeline, now: number): Schemas['PackageTrackingDetails'] | null {
  const pkg = order.packages.find((p) => p.packageNumber === packageNumber);
  const events = trackingAt(order, timeline, now);
  if (!pkg || events.length === 0) return null;
  const to = order.request.destinationAddress;
  const delivered = events[events.length - 1]!.eventCode === 'EVENT_301';
  return {
    packageNumber,
    trackingNumber: pkg.trackingNumber,
    carrierCode: 'AMZN_US',
    shipDate: iso(order.createdAt + timeline.shipped),
    estimatedArrivalDate: iso(order.createdAt + timeline.delivered),
    shipToAddress: { city: to.city ?? to.postalCode, state: to.stateOrRegion ?? '', country: to.countryCode },
    currentStatus: packageStatus(events),
    ...(delivered ? { additionalLocationInfo: 'FRONT_DOOR' as const } : {}),
    trackingEvents: [...events].reverse(),
  };
}
