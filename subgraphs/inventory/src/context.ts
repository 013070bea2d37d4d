import type { Principal } from '@commerce/lib';
import { createLoaders, type Loaders } from './loaders.js';
import type { InventoryServices } from './services/index.js';

export interface Context {
  services: InventoryServices;
  loaders: Loaders;
  principal: Principal;
}

export function createContext(services: InventoryServices, principal: Principal): Context {
  return { services, principal, loaders: createLoaders(services) };
}
