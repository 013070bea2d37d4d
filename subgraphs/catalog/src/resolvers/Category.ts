import type { CategoryResolvers } from '../__generated__/resolvers-types.js';

export const Category: CategoryResolvers = {
  parent: async (category, _, { loaders }) =>
    category.parentId === null ? null : ((await loaders.categoryTree()).get(category.parentId) ?? null),
  children: async (category, _, { loaders }) => (await loaders.categoryTree()).children(category.id),
};
