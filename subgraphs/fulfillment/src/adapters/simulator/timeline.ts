import type { Schemas } from '../sp-api/SpApiClient.js';

/** How long after creation each step happens, in simulated milliseconds. */
export interface SimulatorTimeline {
  received: number;
  planning: number;
  /** Replaces `planning` for an order whose SKUs Amazon does not stock. */
  unfulfillable: number;
  processing: number;
  /** The order is `Complete`, its shipment `SHIPPED`; the carrier is notified to pick up (EVENT_101). */
  shipped: number;
  pickedUp: number;
  arrivalScan: number;
  departureScan: number;
  outForDelivery: number;
  delivered: number;
  /** After a return is requested, Amazon's fulfillment center has received the items. */
  returnReceived: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;

export const DEFAULT_TIMELINE: SimulatorTimeline = {
  received: 2 * MIN,
  planning: 15 * MIN,
  unfulfillable: 15 * MIN,
  processing: HOUR,
  shipped: 4 * HOUR,
  pickedUp: 6 * HOUR,
  arrivalScan: 20 * HOUR,
  departureScan: 22 * HOUR,
  outForDelivery: 44 * HOUR,
  delivered: 48 * HOUR,
  returnReceived: 72 * HOUR,
};

export interface SimPackage {
  packageNumber: number;
  trackingNumber: string;
  skus: string[];
}

export interface SimReturnItem {
  returnItemId: string;
  sku: string;
  reasonCode: string;
  requestedAt: number;
  authorizationId: string;
}

export interface SimOrder {
  request: Schemas['CreateFulfillmentOrderRequest'];
  createdAt: number;
  /** Decided at creation from the stock table: FillOrKill, so one missing SKU sinks the order. */
  unfulfillable: boolean;
  cancelledAt: number | null;
  shipmentId: string;
  packages: SimPackage[];
  returns: SimReturnItem[];
  authorizations: Schemas['ReturnAuthorization'][];
}

type Status = Schemas['FulfillmentOrderStatus'];

/** The status changes of an order in time order (cancellation included), for statuses and notifications. */
export function statusChanges(order: SimOrder, timeline: SimulatorTimeline): { status: Status; at: number }[] {
  const steps: [Status, number][] = order.unfulfillable
    ? [['New', 0], ['Received', timeline.received], ['Unfulfillable', timeline.unfulfillable]]
    : [['New', 0], ['Received', timeline.received], ['Planning', timeline.planning], ['Processing', timeline.processing], ['Complete', timeline.shipped]];
  const changes = steps.map(([status, offset]) => ({ status, at: order.createdAt + offset }));
  if (order.cancelledAt === null) return changes;
  return [...changes.filter((c) => c.at <= order.cancelledAt!), { status: 'Cancelled', at: order.cancelledAt }];
}

export function statusAt(order: SimOrder, timeline: SimulatorTimeline, now: number): { status: Status; at: number } {
  const reached = statusChanges(order, timeline).filter((c) => c.at <= now);
  return reached[reached.length - 1]!;
}

interface TrackingStep {
  code: Schemas['EventCode'];
  description: string;
  offset: keyof SimulatorTimeline;
  atDestination: boolean;
}

/** Descriptions are the model's own for each event code. */
const TRACKING: TrackingStep[] = [
  { code: 'EVENT_101', description: 'Carrier notified to pick up package.', offset: 'shipped', atDestination: false },
  { code: 'EVENT_102', description: "Shipment picked up from seller's facility.", offset: 'pickedUp', atDestination: false },
  { code: 'EVENT_201', description: 'Arrival scan.', offset: 'arrivalScan', atDestination: true },
  { code: 'EVENT_202', description: 'Departure scan.', offset: 'departureScan', atDestination: true },
  { code: 'EVENT_302', description: 'Out for delivery.', offset: 'outForDelivery', atDestination: true },
  { code: 'EVENT_301', description: 'Delivered.', offset: 'delivered', atDestination: true },
];

const FULFILLMENT_CENTER: Schemas['TrackingAddress'] = { city: 'Kent', state: 'WA', country: 'US' };

export function trackingAt(order: SimOrder, timeline: SimulatorTimeline, now: number): Schemas['TrackingEvent'][] {
  if (order.unfulfillable || (order.cancelledAt !== null && order.cancelledAt < order.createdAt + timeline.shipped)) return [];
  const to = order.request.destinationAddress;
  const destination: Schemas['TrackingAddress'] = { city: to.city ?? to.postalCode, state: to.stateOrRegion ?? '', country: to.countryCode };
  return TRACKING.filter((step) => order.createdAt + timeline[step.offset] <= now).map((step) => ({
    eventDate: new Date(order.createdAt + timeline[step.offset]).toISOString(),
    eventAddress: step.atDestination ? destination : FULFILLMENT_CENTER,
    eventCode: step.code,
    eventDescription: step.description,
  }));
}

export function packageStatus(events: Schemas['TrackingEvent'][]): Schemas['CurrentStatus'] {
  const last = events[events.length - 1]?.eventCode;
  if (last === 'EVENT_301') return 'DELIVERED';
  if (last === 'EVENT_302') return 'OUT_FOR_DELIVERY';
  return 'IN_TRANSIT';
}
