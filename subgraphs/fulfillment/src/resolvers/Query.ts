import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  returnReasonCodes: (_, { sku, orderId, language }, { services, principal }) =>
    services.returns.reasonCodes(principal, sku, { ...(orderId ? { orderId } : {}), ...(language ? { language } : {}) }),
};
