import type { OrderConnectionResolvers } from '../__generated__/resolvers-types.js';
import { orderCursor } from '../domain/paging.js';

export const OrderConnection: OrderConnectionResolvers = {
  // Counted only when asked for: a separate COUNT query over the customer's index.
  totalCount: (connection) => connection.totalCount(),
  pageInfo: (connection) => ({ hasNextPage: connection.hasNextPage, endCursor: connection.endCursor }),
  edges: (connection) =>
    connection.orders.map((order) => ({ cursor: orderCursor(order), node: order })),
};
