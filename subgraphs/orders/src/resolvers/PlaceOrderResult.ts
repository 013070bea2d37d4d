import type { PlaceOrderResultResolvers } from '../__generated__/resolvers-types.js';
import { checkoutErrorType } from './CheckoutError.js';

type PlaceOrderType = ReturnType<NonNullable<PlaceOrderResultResolvers['__resolveType']>>;

export const PlaceOrderResult: PlaceOrderResultResolvers = {
  // placeOrder returns only the refusals it can make at once; the later ones are an order's `failure`.
  __resolveType: (result) => ('kind' in result ? (checkoutErrorType(result) as PlaceOrderType) : 'Order'),
};
