import type { OrderResolvers } from '../__generated__/resolvers-types.js';
import { toMoney } from '../domain/money.js';
import { failureAsCheckoutError } from './CheckoutError.js';

export const Order: OrderResolvers = {
  async __resolveReference({ id }, { services, loaders, principal }) {
    return services.orders.visible(principal, await loaders.orderById.load(id));
  },
  failure: (order) => (order.status === 'FAILED' && order.failure ? failureAsCheckoutError(order.failure) : null),
  failureReason: (order) => (order.status === 'FAILED' ? (order.failure?.message ?? null) : order.status === 'CANCELLED' ? order.cancellationReason : null),
  lines: (order) => order.lines.map((line) => ({ ...line, currencyCode: order.currencyCode })),
  subtotal: (order) => toMoney({ centAmount: order.subtotalCentAmount, currencyCode: order.currencyCode }),
  total: (order) => toMoney({ centAmount: order.totalCentAmount, currencyCode: order.currencyCode }),
};
