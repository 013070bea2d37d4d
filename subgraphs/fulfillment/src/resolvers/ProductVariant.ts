import type { ProductVariantResolvers } from '../__generated__/resolvers-types.js';
import { parseDestination } from '../domain/destination.js';
import { userInput } from './userInput.js';

export const ProductVariant: ProductVariantResolvers = {
  // Any SKU may be asked about; Amazon answers "no offer" for SKUs it does not stock.
  __resolveReference: ({ sku }) => ({ sku }),
  deliveryEstimate: (variant, { destination }, { loaders }) =>
    loaders.deliveryEstimate.load({ sku: variant.sku, destination: userInput(() => parseDestination(destination)) }),
};
