import { createHash } from 'node:crypto';
import { createEvent, EventTypes, type EventEnvelope, type FulfillmentStatusChangedData } from '@commerce/lib';
import type { FulfillmentSnapshot } from '../ports/FulfillmentApi.js';
import type { FulfillmentModel, PackageModel, ReturnModel } from './models.js';
import { allDelivered, hasPublishedChange, openPackages, trackingNumbers } from './status.js';

export type Tracking = Pick<PackageModel, 'currentStatus' | 'estimatedArrival' | 'events'>;

export const EVENT_SOURCE = 'fulfillment';

/**
 * The next version of an order's record from Amazon's truth: the snapshot, the package tracking just
 * read (packages missing from `tracking` keep what was known), our own fields kept. Pure.
 */
export function nextRecord(
  current: FulfillmentModel | null,
  seed: { customerId: string | null } | undefined,
  snapshot: FulfillmentSnapshot,
  tracking: ReadonlyMap<number, Tracking>,
  now: number,
  trackingRefreshMs: number,
): FulfillmentModel {
  const known = new Map((current?.shipments ?? []).flatMap((s) => s.packages.map((p) => [p.packageNumber, p] as const)));
  const shipments = snapshot.shipments.map((shipment) => ({
    ...shipment,
    packages: shipment.packages.map((pkg) => {
      const read = tracking.get(pkg.packageNumber) ?? known.get(pkg.packageNumber);
      return read
        ? { ...pkg, currentStatus: read.currentStatus, estimatedArrival: read.estimatedArrival ?? pkg.estimatedArrival, events: read.events }
        : pkg;
    }),
  }));
  const next: FulfillmentModel = {
    orderId: snapshot.orderId,
    customerId: current ? current.customerId : (seed?.customerId ?? null),
    items: snapshot.items,
    status: snapshot.status,
    statusUpdatedAt: snapshot.statusUpdatedAt,
    shipments,
    returns: (current?.returns ?? []).map((r) => withReturnStatus(r, snapshot.returnItems)),
    version: (current?.version ?? 0) + 1,
    outbox: [...(current?.outbox ?? [])],
    dueAt: null,
  };
  if (hasPublishedChange(current, next)) {
    const event = statusChangedEvent(next, now);
    if (!next.outbox.some((e) => e.id === event.id)) next.outbox.push(event);
  }
  next.dueAt = dueAt(next, now, trackingRefreshMs);
  return next;
}

/** When the sweep should come back: at once for unpublished events, later for tracking still moving. */
export function dueAt(record: Pick<FulfillmentModel, 'outbox' | 'shipments'>, now: number, trackingRefreshMs: number): string | null {
  if (record.outbox.length > 0) return new Date(now).toISOString();
  if (openPackages(record).length > 0) return new Date(now + trackingRefreshMs).toISOString();
  return null;
}

/** Whether a write would change anything a reader or the sweep sees. */
export function differs(a: FulfillmentModel, b: FulfillmentModel): boolean {
  const content = (r: FulfillmentModel) =>
    JSON.stringify([r.customerId, r.items, r.status, r.statusUpdatedAt, r.shipments, r.returns, r.outbox.map((e) => e.id), r.dueAt]);
  return content(a) !== content(b);
}

/** All of a return's units have reached Amazon's fulfillment center: RECEIVED. */
function withReturnStatus(ret: ReturnModel, items: FulfillmentSnapshot['returnItems']): ReturnModel {
  const units = items.filter((i) => i.returnItemId.startsWith(`${ret.id}-`));
  const received = units.length > 0 && units.every((i) => i.status === 'Processed');
  return received ? { ...ret, status: 'RECEIVED' } : ret;
}

/**
 * The event id is derived from what it reports, so that the same change seen twice (a notification
 * and the sweep, two replicas) is one event to consumers that de-duplicate by id.
 */
export function statusChangedEvent(record: FulfillmentModel, now: number): EventEnvelope<FulfillmentStatusChangedData> {
  const data: FulfillmentStatusChangedData = {
    orderId: record.orderId,
    status: record.status,
    trackingNumbers: trackingNumbers(record),
    delivered: allDelivered(record),
    changedAt: record.statusUpdatedAt,
  };
  const id = createHash('sha256').update(JSON.stringify([data.orderId, data.status, data.trackingNumbers, data.delivered])).digest('hex').slice(0, 32);
  return createEvent(EventTypes.FulfillmentStatusChanged, EVENT_SOURCE, data, { id, subject: record.orderId, time: new Date(now) });
}
