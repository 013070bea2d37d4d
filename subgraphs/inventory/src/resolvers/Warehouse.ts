import type { WarehouseResolvers } from '../__generated__/resolvers-types.js';

export const Warehouse: WarehouseResolvers = {
  // Warehouses are configuration, held in memory: no loader needed.
  __resolveReference: ({ id }, { services }) => services.warehouses.get(id) ?? null,
};
