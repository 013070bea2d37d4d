import type { Principal } from '@commerce/lib';
import { createLoaders, type Loaders } from './loaders.js';
import type { GraphStore } from './ports/GraphStore.js';

export interface RecommendationsPorts {
  graph: GraphStore;
}

export interface Context {
  ports: RecommendationsPorts;
  loaders: Loaders;
  principal: Principal;
  /** Epoch ms; recency weights are relative to it. */
  now: () => number;
}

export function createContext(ports: RecommendationsPorts, principal: Principal, now: () => number = Date.now): Context {
  return { ports, principal, now, loaders: createLoaders(ports.graph, now) };
}
