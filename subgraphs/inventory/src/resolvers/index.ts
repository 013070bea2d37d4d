import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { Product } from './Product.js';
import { ProductVariant } from './ProductVariant.js';
import { Query } from './Query.js';
import { ReserveStockResult } from './ReserveStockResult.js';
import { Warehouse } from './Warehouse.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Warehouse,
  ProductVariant,
  Product,
  ReserveStockResult,
};
