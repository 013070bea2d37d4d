import type { Clock } from '../ports/Clock.js';
import type { FulfillmentStore } from '../ports/FulfillmentStore.js';
import type { FulfillmentSync } from './fulfillmentSync.js';

/** The fields of a FULFILLMENT_ORDER_STATUS notification this subgraph reads; the rest is re-read from Amazon. */
export interface StatusNotification {
  notificationId: string;
  orderId: string;
}

export type NotificationOutcome = 'processed' | 'duplicate' | 'ignored';

/** Amazon delivers at least once; a notification id is remembered this long. */
const REMEMBER_MS = 7 * 86_400_000;

/** Reads the two fields we use out of a notification body; null when it is not one. */
export function parseStatusNotification(body: unknown): StatusNotification | null {
  const n = body as {
    NotificationType?: unknown;
    NotificationMetadata?: { NotificationId?: unknown };
    Payload?: { FulfillmentOrderStatusNotification?: { SellerFulfillmentOrderId?: unknown } };
  } | null;
  const notificationId = n?.NotificationMetadata?.NotificationId;
  const orderId = n?.Payload?.FulfillmentOrderStatusNotification?.SellerFulfillmentOrderId;
  if (n?.NotificationType !== 'FULFILLMENT_ORDER_STATUS' || typeof notificationId !== 'string' || !notificationId || typeof orderId !== 'string' || !orderId) {
    return null;
  }
  return { notificationId, orderId };
}

/**
 * A notification is only a trigger: its payload may be stale or out of order, so the order is re-read
 * from getFulfillmentOrder. Each notification id is handled once; when handling fails the id is
 * forgotten again, so a redelivery (SQS, or the sender's retry) gets another chance.
 */
export class StatusNotifications {
  constructor(
    private readonly store: FulfillmentStore,
    private readonly sync: FulfillmentSync,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async handle({ notificationId, orderId }: StatusNotification): Promise<NotificationOutcome> {
    const now = this.clock.now();
    const first = await this.store.recordNotification(notificationId, new Date(now), new Date(now + REMEMBER_MS));
    if (!first) return 'duplicate';
    try {
      return (await this.sync.refresh(orderId)) ? 'processed' : 'ignored';
    } catch (err) {
      await this.store.forgetNotification(notificationId);
      throw err;
    }
  }
}
