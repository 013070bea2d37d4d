import type { Principal } from '@commerce/lib';
import { createLoaders, type Loaders } from './loaders.js';
import type { FulfillmentServices } from './services/index.js';

export interface Context {
  services: FulfillmentServices;
  loaders: Loaders;
  principal: Principal;
}

export function createContext(services: FulfillmentServices, principal: Principal): Context {
  return { services, principal, loaders: createLoaders(services) };
}
