/** Input the domain refuses; resolvers turn it into BAD_USER_INPUT with this message. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}
