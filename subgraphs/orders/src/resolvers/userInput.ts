import { badUserInput } from '@commerce/lib';
import { InvalidInputError } from '../domain/errors.js';

/** Runs a domain call; input the domain refuses becomes BAD_USER_INPUT with the domain's message. */
export async function userInput<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InvalidInputError) throw badUserInput(err.message);
    throw err;
  }
}
