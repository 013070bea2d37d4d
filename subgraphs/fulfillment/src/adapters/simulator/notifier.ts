import { randomUUID } from 'node:crypto';
import type { Logger } from '@commerce/lib';
import type { NetworkEvent } from './SimulatedNetwork.js';
import type { SimulatorTimeline } from './timeline.js';

export const SIMULATED_SELLER_ID = 'A2SIMULATEDSELLER';

/** A FULFILLMENT_ORDER_STATUS notification, shaped by the shared notification schema. */
export function buildNotification(event: NetworkEvent, timeline: SimulatorTimeline, publishedAt: number): Record<string, unknown> {
  const { order } = event;
  const at = new Date(event.at).toISOString();
  const shipped = event.status === 'Complete';
  const packages = shipped ? order.packages.map((p) => ({ PackageNumber: p.packageNumber, CarrierCode: 'AMZN_US', TrackingNumber: p.trackingNumber })) : [];
  return {
    NotificationVersion: '1.0',
    NotificationType: 'FULFILLMENT_ORDER_STATUS',
    PayloadVersion: '1.0',
    EventTime: at,
    Payload: {
      FulfillmentOrderStatusNotification: {
        SellerId: SIMULATED_SELLER_ID,
        EventType: event.eventType,
        StatusUpdatedDateTime: at,
        SellerFulfillmentOrderId: order.request.sellerFulfillmentOrderId,
        FulfillmentOrderStatus: event.status,
        FulfillmentShipment: {
          FulfillmentShipmentStatus: shipped ? 'SHIPPED' : 'PENDING',
          AmazonShipmentId: order.shipmentId,
          EstimatedArrivalDateTime: new Date(order.createdAt + timeline.delivered).toISOString(),
          info: packages[0] ?? {},
          FulfillmentShipmentPackages: packages,
        },
        FulfillmentReturnItem: {
          ReceivedDateTime: event.returned ? at : '',
          ReturnedQuantity: event.returned?.quantity ?? 0,
          SellerSKU: event.returned?.sku ?? order.request.items[0]!.sellerSku,
        },
      },
    },
    NotificationMetadata: {
      ApplicationId: 'amzn1.sp.solution.simulator',
      SubscriptionId: 'simulator-subscription',
      PublishTime: new Date(publishedAt).toISOString(),
      NotificationId: randomUUID(),
    },
  };
}

/**
 * Delivers notifications to the subgraph one at a time, in order, the way an SQS consumer would see
 * them. A failed delivery is logged and counted, not retried: the subgraph's sweep exists for that.
 */
export class Notifier {
  readonly sent: Record<string, unknown>[] = [];
  failed = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: () => string | undefined,
    private readonly headers: () => Record<string, string>,
    private readonly logger: Logger,
  ) {}

  enqueue(notification: Record<string, unknown>): void {
    this.queue = this.queue.then(() => this.deliver(notification));
  }

  /** Resolves when every notification queued so far has been answered. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async deliver(notification: Record<string, unknown>): Promise<void> {
    const url = this.url();
    this.sent.push(notification);
    if (!url) return;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.headers() },
        body: JSON.stringify(notification),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (err) {
      this.failed += 1;
      this.logger.warn({ url, err: (err as Error).message }, 'simulator: notification not accepted');
    }
  }
}
