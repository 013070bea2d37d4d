/** What the embedded stack and deploy tooling use of the orders service (its code stays private otherwise). */
export { loadConfig, type OrdersConfig } from './config.js';
export { openOrdersStores } from './stores.js';
export { ordersTableDefinition } from './adapters/dynamodb/table.js';
export { SANDBOX_TOKENS } from './adapters/payments/SandboxPaymentProvider.js';
