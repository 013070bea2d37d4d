export { seedCatalog, type SeedProgress, type SeedResult } from './seed.js';
export { generateCatalog, generateCategories } from './generate.js';
