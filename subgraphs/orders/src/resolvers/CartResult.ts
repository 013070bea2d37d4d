import type { CartResultResolvers } from '../__generated__/resolvers-types.js';

export const CartResult: CartResultResolvers = {
  __resolveType: (result) => ('kind' in result && result.kind === 'cart-error' ? 'CartError' : 'Cart'),
};
