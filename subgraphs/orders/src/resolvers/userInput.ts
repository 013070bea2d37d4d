import { badUserInput, upstreamTimeout, upstreamUnavailable } from '@commerce/lib';
import { InvalidInputError } from '../domain/errors.js';
import { ServiceUnavailableError } from '../ports/ServiceErrors.js';

/** Errors of the domain and of the services we call, as the registry's codes; the detail stays in our log. */
export function clientError(err: unknown): unknown {
  if (err instanceof InvalidInputError) return badUserInput(err.message);
  if (err instanceof ServiceUnavailableError) return err.timeoutMs ? upstreamTimeout(err.service, err.timeoutMs) : upstreamUnavailable(err.service);
  return err;
}

/** Runs a domain call; refused input is BAD_USER_INPUT, an unavailable service UPSTREAM_UNAVAILABLE or UPSTREAM_TIMEOUT. */
export async function userInput<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw clientError(err);
  }
}
