export * from './client.js';
export * from './batch.js';
export * from './tables.js';
