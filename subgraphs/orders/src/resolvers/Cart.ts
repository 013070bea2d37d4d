import type { CartResolvers } from '../__generated__/resolvers-types.js';
import { toMoney } from '../domain/money.js';

export const Cart: CartResolvers = {
  lines: (cart) => cart.lines.map((line) => ({ ...line, currencyCode: cart.currencyCode })),
  totalQuantity: (cart) => cart.lines.reduce((sum, line) => sum + line.quantity, 0),
  async subtotal(cart, _, { loaders }) {
    const variants = await loaders.catalogVariant.loadMany(cart.lines.map((line) => line.sku));
    let centAmount = 0;
    cart.lines.forEach((line, i) => {
      const variant = variants[i];
      if (variant instanceof Error) throw variant;
      if (variant && variant.price.currencyCode === cart.currencyCode) centAmount += variant.price.centAmount * line.quantity;
    });
    return toMoney({ centAmount, currencyCode: cart.currencyCode });
  },
  expiresAt: (cart) => new Date(cart.expiresAt * 1000).toISOString(),
};
