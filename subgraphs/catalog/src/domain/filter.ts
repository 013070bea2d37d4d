import { badUserInput } from '@commerce/lib';
import type { ProductFilterInput } from '../ports/SearchIndex.js';

const MAX_LIST = 50;

/** Rejects filters that cannot match anything sensible, naming the argument and the rule. */
export function checkFilter(filter: ProductFilterInput | null | undefined): void {
  if (!filter) return;
  const { minPrice, maxPrice, brands, attributes } = filter;
  for (const [name, value] of [['minPrice', minPrice], ['maxPrice', maxPrice]] as const) {
    if (value !== null && value !== undefined && value < 0) {
      throw badUserInput(`filter.${name} must be zero or more minor units; got ${value}.`);
    }
  }
  if (minPrice != null && maxPrice != null && minPrice >= maxPrice) {
    throw badUserInput(`filter.minPrice (${minPrice}) must be below filter.maxPrice (${maxPrice}).`);
  }
  if (brands && brands.length > MAX_LIST) {
    throw badUserInput(`filter.brands takes at most ${MAX_LIST} brands; got ${brands.length}.`);
  }
  if (attributes && (attributes.length > MAX_LIST || attributes.some((a) => a.values.length > MAX_LIST))) {
    throw badUserInput(`filter.attributes takes at most ${MAX_LIST} attributes of at most ${MAX_LIST} values each.`);
  }
}

/** True when the filter asks for nothing but a category, which the store's category index answers directly. */
export function isCategoryOnly(filter: ProductFilterInput | null | undefined): filter is ProductFilterInput & { categoryId: string } {
  if (!filter?.categoryId) return false;
  return !filter.brands?.length && filter.minPrice == null && filter.maxPrice == null && !filter.attributes?.length;
}
