import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { checkId } from '../domain/limits.js';
import { translatingGraphFailures } from '../services/graphErrors.js';
import { recordProductView } from '../services/ingestion.js';

export const Mutation: MutationResolvers = {
  recordProductView: (_, { productId, sessionId }, { ports, principal, now }) => {
    checkId('productId', productId);
    checkId('sessionId', sessionId);
    const customerId = principal.kind === 'customer' ? principal.id : undefined;
    return translatingGraphFailures(() => recordProductView(ports.graph, { productId, sessionId, customerId, at: now() }));
  },
};
