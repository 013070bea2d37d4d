import type { FulfillmentCommandResultResolvers } from '../__generated__/resolvers-types.js';

export const FulfillmentCommandResult: FulfillmentCommandResultResolvers = {
  __resolveType: (result) => ('kind' in result ? 'FulfillmentCommandError' : 'Fulfillment'),
};
