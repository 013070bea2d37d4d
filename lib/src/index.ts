export * from './errors.js';
export * from './config.js';
export * from './logger.js';
export * from './dynamodb/index.js';
export * from './dynalite.js';
export * from './http/formatError.js';
export * from './http/subgraphApp.js';
export * from './http/listen.js';
