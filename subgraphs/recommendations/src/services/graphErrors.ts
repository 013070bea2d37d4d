import { upstreamTimeout, upstreamUnavailable } from '@commerce/lib';
import { GraphStoreTimeoutError, GraphStoreUnavailableError } from '../ports/GraphStore.js';

export const GRAPH_SERVICE = 'recommendations graph store';

/**
 * The store's failures as clients see them: unavailable or timed out (null on the path plus an
 * error). Anything else is a defect and stays as is, to be masked as INTERNAL_SERVER_ERROR.
 */
export function graphFailure(err: unknown): unknown {
  if (err instanceof GraphStoreUnavailableError) return upstreamUnavailable(GRAPH_SERVICE);
  if (err instanceof GraphStoreTimeoutError) return upstreamTimeout(GRAPH_SERVICE, err.timeoutMs);
  return err;
}

export async function translatingGraphFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw graphFailure(err);
  }
}
