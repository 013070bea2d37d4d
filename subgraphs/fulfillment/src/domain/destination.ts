import { checkPostalCode } from '@commerce/lib';
import { InvalidInputError } from './errors.js';
import type { Destination } from './models.js';

export class InvalidDestinationError extends InvalidInputError {
  override name = 'InvalidDestinationError';
}

/**
 * Normalizes a destination and checks it before it costs an Amazon call: the country must be an ISO
 * 3166-1 alpha-2 code and the postal code must match that country's format (a generic rule for
 * countries without one). Throws InvalidDestinationError naming the rule.
 */
export function parseDestination(input: { postalCode: string; countryCode: string }): Destination {
  const checked = checkPostalCode(input);
  if (checked.kind === 'invalid') throw new InvalidDestinationError(checked.message);
  return { postalCode: checked.postalCode, countryCode: checked.countryCode };
}

/** One string per distinct destination, for cache and batch keys. */
export function destinationKey(destination: Destination): string {
  return `${destination.countryCode}:${destination.postalCode}`;
}
