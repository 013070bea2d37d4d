/** Input the domain refuses; the message says what was wrong and what is allowed (BAD_USER_INPUT at the API). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}
