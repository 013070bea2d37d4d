import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Fulfillment } from './Fulfillment.js';
import { FulfillmentCommandResult } from './FulfillmentCommandResult.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { Package } from './Package.js';
import { ProductVariant } from './ProductVariant.js';
import { Query } from './Query.js';
import { RequestReturnResult } from './RequestReturnResult.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  ProductVariant,
  Order,
  Fulfillment,
  Package,
  RequestReturnResult,
  FulfillmentCommandResult,
};
