import type { ReserveStockResultResolvers } from '../__generated__/resolvers-types.js';

export const ReserveStockResult: ReserveStockResultResolvers = {
  __resolveType: (result) => ('kind' in result ? 'StockShortage' : 'StockReservation'),
};
