import type { OrderLineResolvers } from '../__generated__/resolvers-types.js';
import { toMoney } from '../domain/money.js';

export const OrderLine: OrderLineResolvers = {
  unitPrice: (line) => toMoney({ centAmount: line.unitCentAmount, currencyCode: line.currencyCode }),
  lineTotal: (line) => toMoney({ centAmount: line.unitCentAmount * line.quantity, currencyCode: line.currencyCode }),
  variant: (line) => ({ sku: line.sku }),
};
