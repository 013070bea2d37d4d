import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cart } from './Cart.js';
import { CartLine } from './CartLine.js';
import { CartResult } from './CartResult.js';
import { CheckoutError } from './CheckoutError.js';
import { Customer } from './Customer.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { OrderConnection } from './OrderConnection.js';
import { OrderLine } from './OrderLine.js';
import { PlaceOrderResult } from './PlaceOrderResult.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Cart,
  CartLine,
  CartResult,
  CheckoutError,
  PlaceOrderResult,
  Customer,
  Order,
  OrderLine,
  OrderConnection,
};
