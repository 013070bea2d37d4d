import { badUserInput, forbidden, type Principal } from '@commerce/lib';
import { InvalidInputError } from '../domain/errors.js';

/** Runs a domain parse; input the domain refuses becomes BAD_USER_INPUT with the domain's message. */
export function userInput<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InvalidInputError) throw badUserInput(err.message);
    throw err;
  }
}

/** The stock commands are service calls (the orders subgraph signs as a service), hidden from clients. */
export function requireService(principal: Principal, field: string): void {
  if (principal.kind !== 'service') throw forbidden(`${field} is a service call; it needs a principal of kind service.`);
}
