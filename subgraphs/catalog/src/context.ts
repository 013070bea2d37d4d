import type { Principal } from '@commerce/lib';
import { createLoaders, type Loaders } from './loaders.js';
import type { ProductStore } from './ports/ProductStore.js';
import type { SearchIndex } from './ports/SearchIndex.js';

export interface CatalogPorts {
  store: ProductStore;
  search: SearchIndex;
}

export interface Context {
  ports: CatalogPorts;
  loaders: Loaders;
  principal: Principal;
}

export function createContext(ports: CatalogPorts, principal: Principal): Context {
  return { ports, principal, loaders: createLoaders(ports.store) };
}
