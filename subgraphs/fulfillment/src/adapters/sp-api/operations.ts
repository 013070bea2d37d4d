import type { operations } from './__generated__/fulfillment-outbound.js';

export type OperationId = keyof operations;

export interface OperationSpec {
  method: 'GET' | 'POST' | 'PUT';
  /** Path template from the model, `{name}` for path parameters. */
  path: string;
  /** The model's default usage plan: requests per second and burst. */
  rate: number;
  burst: number;
}

const BASE = '/fba/outbound/2020-07-01';

/**
 * The operations this subgraph calls, with the usage plan each one's description in the model states
 * ("Rate (requests per second) | Burst"). `operations.test.ts` checks this table against the model.
 */
export const OPERATIONS = {
  deliveryOffers: { method: 'POST', path: `${BASE}/deliveryOffers`, rate: 5, burst: 30 },
  createFulfillmentOrder: { method: 'POST', path: `${BASE}/fulfillmentOrders`, rate: 2, burst: 30 },
  getFulfillmentOrder: { method: 'GET', path: `${BASE}/fulfillmentOrders/{sellerFulfillmentOrderId}`, rate: 2, burst: 30 },
  listAllFulfillmentOrders: { method: 'GET', path: `${BASE}/fulfillmentOrders`, rate: 2, burst: 30 },
  cancelFulfillmentOrder: { method: 'PUT', path: `${BASE}/fulfillmentOrders/{sellerFulfillmentOrderId}/cancel`, rate: 2, burst: 30 },
  getPackageTrackingDetails: { method: 'GET', path: `${BASE}/tracking`, rate: 2, burst: 30 },
  listReturnReasonCodes: { method: 'GET', path: `${BASE}/returnReasonCodes`, rate: 2, burst: 30 },
  createFulfillmentReturn: { method: 'PUT', path: `${BASE}/fulfillmentOrders/{sellerFulfillmentOrderId}/return`, rate: 2, burst: 30 },
} as const satisfies Partial<Record<OperationId, OperationSpec>>;

export type UsedOperation = keyof typeof OPERATIONS;

/** Parses the usage plan out of an operation description of the model. */
export function parseUsagePlan(description: string): { rate: number; burst: number } | null {
  const match = /Rate \(requests per second\)\s*\|\s*Burst\s*\|\s*\n\s*\|[-\s|]+\|\s*\n\s*\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|/.exec(description);
  return match ? { rate: Number(match[1]), burst: Number(match[2]) } : null;
}
