import { badUserInput } from '@commerce/lib';

export const MAX_PAGE_SIZE = 100;

/** Checks a connection's `first` argument, naming the field and the allowed range when it is out of bounds. */
export function checkFirst(first: number, field: string, range: { min?: number; max?: number } = {}): number {
  const { min = 1, max = MAX_PAGE_SIZE } = range;
  if (!Number.isInteger(first) || first < min || first > max) {
    throw badUserInput(`${field}: \`first\` must be between ${min} and ${max}; got ${first}.`, {
      argument: 'first',
      min,
      max,
    });
  }
  return first;
}

/** Cursors are opaque to clients: base64url-encoded JSON of whatever the source needs to resume. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Decodes `after`; anything that is not a cursor this field handed out (wrong encoding, wrong shape) is
 * BAD_USER_INPUT rather than a silently restarted list.
 */
export function decodeCursor<T>(cursor: string | null | undefined, field: string, isPosition: (v: unknown) => v is T): T | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (value === undefined || !isPosition(value)) {
    throw badUserInput(`${field}: \`after\` is not a cursor returned by this field; pass an \`endCursor\` or edge \`cursor\` from an earlier page, or omit it.`, {
      argument: 'after',
    });
  }
  return value;
}

/** A position in a DynamoDB query: the key of the last item read. */
export type KeyPosition = Record<string, string>;

export function isKeyPosition(keys: readonly string[]) {
  return (value: unknown): value is KeyPosition =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === keys.length &&
    keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}

/** A position in a ranked list: how many items were already returned. */
export interface OffsetPosition {
  o: number;
}

export function isOffsetPosition(value: unknown): value is OffsetPosition {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    Number.isInteger((value as OffsetPosition).o) &&
    (value as OffsetPosition).o >= 0
  );
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export function pageInfo<T>(edges: readonly Edge<T>[], hasNextPage: boolean): PageInfo {
  return { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null };
}
