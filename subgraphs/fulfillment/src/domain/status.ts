import type { FulfillmentStatus } from '../__generated__/resolvers-types.js';
import type { AmazonOrderStatus, FulfillmentModel, PackageModel } from './models.js';

const ORDER_STATUS: Record<AmazonOrderStatus, FulfillmentStatus> = {
  New: 'NEW',
  Received: 'RECEIVED',
  Planning: 'PLANNING',
  Processing: 'PROCESSING',
  Cancelled: 'CANCELLED',
  Complete: 'COMPLETE',
  CompletePartialled: 'COMPLETE_PARTIALLED',
  Unfulfillable: 'UNFULFILLABLE',
  Invalid: 'INVALID',
};

export function toFulfillmentStatus(status: AmazonOrderStatus): FulfillmentStatus {
  return ORDER_STATUS[status];
}

export function isAmazonOrderStatus(value: unknown): value is AmazonOrderStatus {
  return typeof value === 'string' && value in ORDER_STATUS;
}

/** Amazon accepts a cancellation only before it starts processing the order. */
export const CANCELLABLE_STATUSES: ReadonlySet<AmazonOrderStatus> = new Set(['New', 'Received', 'Planning']);

/** Orders Amazon has shipped (some of): the only ones whose items can be returned. */
export const SHIPPED_STATUSES: ReadonlySet<AmazonOrderStatus> = new Set(['Complete', 'CompletePartialled']);

/** Package statuses after which the carrier reports nothing new that we show. */
const FINAL_PACKAGE_STATUSES = new Set(['DELIVERED', 'RETURNED', 'UNDELIVERABLE', 'RETURN_RECEIVED_IN_FC', 'REFUND_ISSUED', 'PICKUP_CANCELLED']);

export function isTrackingOpen(pkg: PackageModel): boolean {
  return pkg.currentStatus === null || !FINAL_PACKAGE_STATUSES.has(pkg.currentStatus);
}

/** Packages that have left Amazon and whose tracking may still change. */
export function openPackages(record: Pick<FulfillmentModel, 'shipments'>): PackageModel[] {
  return record.shipments.filter((s) => s.status === 'SHIPPED').flatMap((s) => s.packages.filter(isTrackingOpen));
}

export function trackingNumbers(record: Pick<FulfillmentModel, 'shipments'>): string[] {
  return record.shipments.flatMap((s) => s.packages.flatMap((p) => (p.trackingNumber ? [p.trackingNumber] : [])));
}

/** Every package of every shipped shipment has been delivered, and there is at least one. */
export function allDelivered(record: Pick<FulfillmentModel, 'shipments'>): boolean {
  const packages = record.shipments.filter((s) => s.status === 'SHIPPED').flatMap((s) => s.packages);
  return packages.length > 0 && packages.every((p) => p.currentStatus === 'DELIVERED');
}

/** What consumers of FulfillmentStatusChanged care about: the status, the tracking numbers and delivery. */
export function hasPublishedChange(before: FulfillmentModel | null, after: FulfillmentModel): boolean {
  if (!before) return true;
  return (
    before.status !== after.status ||
    trackingNumbers(before).join(',') !== trackingNumbers(after).join(',') ||
    allDelivered(before) !== allDelivered(after)
  );
}
