import { createEvent, EventTypes, type EventBus, type EventEnvelope, type Logger, type StockChangedData } from '@commerce/lib';
import { crossedZero } from '../domain/inventoryView.js';

export interface AvailabilityChange {
  sku: string;
  warehouseId: string;
  before: number;
  after: number;
}

/**
 * Publishes StockChanged when a warehouse's availability of a SKU crosses zero. The events are hints
 * for caches and heads (the projection stays the truth), so a bus that refuses them is logged, not
 * allowed to fail the reservation or sync that caused them.
 */
export class StockEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly clock: { now(): number },
    private readonly logger: Logger,
  ) {}

  async publishCrossings(changes: readonly AvailabilityChange[]): Promise<number> {
    const events: EventEnvelope[] = changes
      .filter((c) => crossedZero(c.before, c.after))
      .map((c) =>
        createEvent<StockChangedData, 'StockChanged'>(
          EventTypes.StockChanged,
          'inventory',
          { sku: c.sku, warehouseId: c.warehouseId, available: Math.max(0, c.after) },
          { subject: c.sku, time: new Date(this.clock.now()) },
        ),
      );
    if (events.length === 0) return 0;
    try {
      await this.bus.publish(events);
    } catch (err) {
      this.logger.warn({ err, events: events.length }, 'StockChanged events not delivered');
    }
    return events.length;
  }
}
