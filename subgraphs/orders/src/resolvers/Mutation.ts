import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { parseCurrencyCode, parseId, parseQuantity } from '../domain/cart.js';
import { userInput } from './userInput.js';

export const Mutation: MutationResolvers = {
  createCart: (_, { currencyCode }, { services, principal }) => userInput(() => services.carts.create(principal, parseCurrencyCode(currencyCode))),
  addToCart: (_, { cartId, sku, quantity }, { services, principal }) =>
    userInput(() => services.carts.add(principal, parseId('cartId', cartId), parseId('sku', sku), parseQuantity(quantity))),
  updateCartLine: (_, { cartId, lineId, quantity }, { services, principal }) =>
    userInput(() => services.carts.update(principal, parseId('cartId', cartId), parseId('lineId', lineId), parseQuantity(quantity))),
  removeCartLine: (_, { cartId, lineId }, { services, principal }) =>
    userInput(() => services.carts.remove(principal, parseId('cartId', cartId), parseId('lineId', lineId))),
  async placeOrder(_, { input }, { services, principal }) {
    const result = await userInput(() => services.checkout.place(principal, input));
    if (!('kind' in result)) services.worker.nudge();
    return result;
  },
};
