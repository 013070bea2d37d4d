import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Category } from './Category.js';
import { Product } from './Product.js';
import { ProductConnection } from './ProductConnection.js';
import { ProductVariant } from './ProductVariant.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Product,
  ProductVariant,
  Category,
  ProductConnection,
};
