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
}

export function createContext(ports: CatalogPorts): Context {
  return { ports, loaders: createLoaders(ports.store) };
}
