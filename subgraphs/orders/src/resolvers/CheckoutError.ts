import type { CheckoutErrorResolvers } from '../__generated__/resolvers-types.js';
import type { CheckoutErrorModel, FailureModel } from '../domain/models.js';

const TYPE_OF_CODE = {
  CART_NOT_FOUND: 'CartNotFoundError',
  CART_EMPTY: 'CartEmptyError',
  CART_ALREADY_ORDERED: 'CartAlreadyOrderedError',
  INVALID_EMAIL: 'InvalidEmailError',
  INVALID_ADDRESS: 'InvalidAddressError',
  ITEM_UNAVAILABLE: 'ItemUnavailableError',
  CURRENCY_MISMATCH: 'CurrencyMismatchError',
  INSUFFICIENT_STOCK: 'InsufficientStockError',
  PAYMENT_DECLINED: 'PaymentDeclinedError',
  FULFILLMENT_REJECTED: 'FulfillmentRejectedError',
  PROCESSING_FAILED: 'OrderProcessingError',
} as const;

export type CheckoutErrorType = (typeof TYPE_OF_CODE)[keyof typeof TYPE_OF_CODE];

/** Each code has its own type, so that clients can select a type's extra fields (`shortages`, `field`). */
export function checkoutErrorType(error: Pick<CheckoutErrorModel, 'code'>): CheckoutErrorType {
  const type = (TYPE_OF_CODE as Record<string, CheckoutErrorType>)[error.code];
  if (!type) throw new Error(`No CheckoutError type for code ${error.code}`);
  return type;
}

export function failureAsCheckoutError(failure: FailureModel): CheckoutErrorModel {
  return { kind: 'checkout-error', ...failure };
}

export const CheckoutError: CheckoutErrorResolvers = {
  __resolveType: (error) => checkoutErrorType(error),
};
