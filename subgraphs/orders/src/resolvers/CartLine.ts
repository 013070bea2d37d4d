import type { CartLineResolvers } from '../__generated__/resolvers-types.js';
import type { CartLineView } from '../domain/models.js';
import { toMoney } from '../domain/money.js';
import type { Context } from '../context.js';

/** The catalog's price now, if it still sells the SKU in the cart's currency. */
async function unitPrice(line: CartLineView, { loaders }: Context) {
  const variant = await loaders.catalogVariant.load(line.sku);
  return variant && variant.price.currencyCode === line.currencyCode ? variant.price : null;
}

export const CartLine: CartLineResolvers = {
  async unitPrice(line, _, context) {
    const price = await unitPrice(line, context);
    return price ? toMoney(price) : null;
  },
  async lineTotal(line, _, context) {
    const price = await unitPrice(line, context);
    return price ? toMoney({ centAmount: price.centAmount * line.quantity, currencyCode: price.currencyCode }) : null;
  },
  variant: (line) => ({ sku: line.sku }),
};
