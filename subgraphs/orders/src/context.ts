import type { Principal } from '@commerce/lib';
import { createLoaders, type Loaders } from './loaders.js';
import type { OrdersServices } from './services/index.js';

export interface Context {
  services: OrdersServices;
  loaders: Loaders;
  principal: Principal;
}

export function createContext(services: OrdersServices, principal: Principal): Context {
  return { services, principal, loaders: createLoaders(services) };
}
