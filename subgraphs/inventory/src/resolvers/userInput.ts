import { badUserInput } from '@commerce/lib';
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
