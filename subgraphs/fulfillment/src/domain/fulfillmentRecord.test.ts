import { describe, expect, it } from 'vitest';
import type { FulfillmentSnapshot } from '../ports/FulfillmentApi.js';
import { canSeeFulfillment } from './access.js';
import { differs, dueAt, nextRecord } from './fulfillmentRecord.js';
import { record, shippedShipment } from '../../test/support/records.js';

const now = Date.parse('2026-03-02T14:00:00.000Z');
const HOUR = 3_600_000;
const snapshot = (overrides: Partial<FulfillmentSnapshot> = {}): FulfillmentSnapshot => ({
  orderId: 'ord-1',
  status: 'Complete',
  statusUpdatedAt: '2026-03-02T13:00:00.000Z',
  items: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }],
  shipments: [shippedShipment({ packages: [{ packageNumber: 1, carrier: 'AMZN_US', trackingNumber: 'TBA1', currentStatus: null, estimatedArrival: null, events: [] }] })],
  returnItems: [],
  ...overrides,
});

describe('nextRecord', () => {
  it('creates the record from the seed with one FulfillmentStatusChanged in its outbox, due at once', () => {
    const next = nextRecord(null, { customerId: 'cust-9' }, snapshot({ status: 'New', shipments: [] }), new Map(), now, HOUR);
    expect(next).toMatchObject({ customerId: 'cust-9', status: 'New', version: 1, dueAt: '2026-03-02T14:00:00.000Z' });
    expect(next.outbox).toEqual([
      expect.objectContaining({ type: 'FulfillmentStatusChanged', source: 'fulfillment', subject: 'ord-1', data: { orderId: 'ord-1', status: 'New', trackingNumbers: [], delivered: false, changedAt: '2026-03-02T13:00:00.000Z' } }),
    ]);
  });

  it('publishes nothing when only tracking moved, keeps known tracking, and schedules the next tracking read', () => {
    const current = record();
    const next = nextRecord(current, undefined, snapshot(), new Map(), now, HOUR);
    expect(next.outbox).toEqual([]);
    expect(next.shipments[0]!.packages[0]!.currentStatus).toBe('IN_TRANSIT');
    expect(next.dueAt).toBe('2026-03-02T15:00:00.000Z');
    expect(next.version).toBe(current.version + 1);
  });

  it('publishes the delivery, then is not due any more once every package is delivered', () => {
    const delivered = new Map([[1, { currentStatus: 'DELIVERED', estimatedArrival: null, events: [{ at: 'x', code: 'EVENT_301', description: 'Delivered.', location: null }] }]]);
    const next = nextRecord(record(), undefined, snapshot(), delivered, now, HOUR);
    expect(next.outbox.at(-1)?.data).toMatchObject({ delivered: true });
    expect(dueAt({ ...next, outbox: [] }, now, HOUR)).toBeNull();
    expect(differs(record(), next)).toBe(true);
    expect(differs(next, { ...next, version: 99 })).toBe(false);
  });

  it('gives the same change the same event id, and does not queue it twice', () => {
    const a = nextRecord(record({ status: 'Processing', shipments: [] }), undefined, snapshot(), new Map(), now, HOUR);
    const b = nextRecord(record({ status: 'Processing', shipments: [] }), undefined, snapshot(), new Map(), now + 1000, HOUR);
    expect(a.outbox[0]!.id).toBe(b.outbox[0]!.id);
    const again = nextRecord({ ...a, status: 'Processing' }, undefined, snapshot(), new Map(), now, HOUR);
    expect(again.outbox.map((e) => e.id)).toEqual([a.outbox[0]!.id]);
  });

  it('marks a return RECEIVED when Amazon has processed all its units', () => {
    const ret = { id: 'RET-1', status: 'AUTHORIZED' as const, items: [{ sku: 'A', quantity: 2, reasonCode: 'R' }], rmaId: 'RMA1', rmaPageUrl: null, requestedAt: '' };
    const partly = nextRecord(record({ returns: [ret] }), undefined, snapshot({ returnItems: [{ returnItemId: 'RET-1-1', status: 'Processed' }, { returnItemId: 'RET-1-2', status: 'New' }] }), new Map(), now, HOUR);
    expect(partly.returns[0]!.status).toBe('AUTHORIZED');
    const all = nextRecord(record({ returns: [ret] }), undefined, snapshot({ returnItems: [{ returnItemId: 'RET-1-1', status: 'Processed' }, { returnItemId: 'RET-1-2', status: 'Processed' }] }), new Map(), now, HOUR);
    expect(all.returns[0]!.status).toBe('RECEIVED');
  });
});

describe('canSeeFulfillment', () => {
  it('lets services, the ordering customer and, for guest orders, anyone with the order id see it', () => {
    const mine = { customerId: 'cust-1' };
    expect(canSeeFulfillment({ kind: 'service', id: 'orders', scopes: [], requestId: 'r' }, mine)).toBe(true);
    expect(canSeeFulfillment({ kind: 'customer', id: 'cust-1', scopes: [], requestId: 'r' }, mine)).toBe(true);
    expect(canSeeFulfillment({ kind: 'customer', id: 'cust-2', scopes: [], requestId: 'r' }, mine)).toBe(false);
    expect(canSeeFulfillment({ kind: 'anonymous', scopes: [], requestId: 'r' }, mine)).toBe(false);
    expect(canSeeFulfillment({ kind: 'anonymous', scopes: [], requestId: 'r' }, { customerId: null })).toBe(true);
    expect(canSeeFulfillment({ kind: 'partner', id: 'p', scopes: [], requestId: 'r' }, { customerId: null })).toBe(false);
  });
});
