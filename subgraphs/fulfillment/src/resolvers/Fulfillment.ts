import type { FulfillmentResolvers } from '../__generated__/resolvers-types.js';
import { toFulfillmentStatus } from '../domain/status.js';

export const Fulfillment: FulfillmentResolvers = {
  status: (record) => toFulfillmentStatus(record.status),
};
