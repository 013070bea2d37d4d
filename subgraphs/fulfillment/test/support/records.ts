import type { FulfillmentModel, ShipmentModel } from '../../src/domain/models.js';

/** Records for the domain's unit tests. */
export function shippedShipment(overrides: Partial<ShipmentModel> = {}): ShipmentModel {
  return {
    id: 'SHIP-1',
    status: 'SHIPPED',
    shippedAt: '2026-03-02T13:00:00.000Z',
    estimatedArrival: '2026-03-04T09:00:00.000Z',
    items: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }],
    packages: [{ packageNumber: 1, carrier: 'AMZN_US', trackingNumber: 'TBA1', currentStatus: 'IN_TRANSIT', estimatedArrival: null, events: [] }],
    ...overrides,
  };
}

export function record(overrides: Partial<FulfillmentModel> = {}): FulfillmentModel {
  return {
    orderId: 'ord-1',
    customerId: 'cust-1',
    items: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }],
    status: 'Complete',
    statusUpdatedAt: '2026-03-02T13:00:00.000Z',
    shipments: [shippedShipment()],
    returns: [],
    version: 3,
    outbox: [],
    dueAt: null,
    ...overrides,
  };
}
