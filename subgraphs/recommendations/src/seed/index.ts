export { seedRecommendations, type SeedOptions, type SeedProgress, type SeedResult } from './seed.js';
export { customerId, type SeedCategory, type SeedProduct } from './generate.js';
