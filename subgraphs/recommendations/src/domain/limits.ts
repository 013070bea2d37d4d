import { badUserInput } from '@commerce/lib';

export const FIRST_MIN = 1;
export const FIRST_MAX = 50;
export const ID_MAX_LENGTH = 100;

/** `first` of every list field: 1 to 50. */
export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < FIRST_MIN || first > FIRST_MAX) {
    throw badUserInput(`\`first\` must be between ${FIRST_MIN} and ${FIRST_MAX}; got ${first}.`);
  }
  return first;
}

/** Ids from clients: non-empty, at most 100 characters. */
export function checkId(name: string, value: string): string {
  if (value.trim().length === 0 || value.length > ID_MAX_LENGTH) {
    throw badUserInput(`\`${name}\` must be a non-empty id of at most ${ID_MAX_LENGTH} characters; got ${value.length} characters.`);
  }
  return value;
}
