import type { RequestReturnResultResolvers } from '../__generated__/resolvers-types.js';

export const RequestReturnResult: RequestReturnResultResolvers = {
  __resolveType: (result) => ('kind' in result ? 'ReturnError' : 'Return'),
};
