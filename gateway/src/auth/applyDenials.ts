import { GraphQLError } from 'graphql';
import { PLACEHOLDER, type Denial } from './filterOperation.js';

const MAX_ERRORS_PER_DENIAL = 5;

function message(denial: Denial): string {
  if (denial.code === 'UNAUTHENTICATED') {
    return `\`${denial.coordinate}\` requires an authenticated customer or partner; send a bearer token or API key.`;
  }
  const sets = (denial.scopes ?? []).map((all) => all.join(' and ')).join(' or ');
  return `\`${denial.coordinate}\` requires the scope ${sets}, which this token does not grant.`;
}

/** Puts null where denied fields were removed, with one error per place (a few at most per field). */
export function applyDenials(data: Record<string, unknown> | null | undefined, denials: readonly Denial[]): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const denial of denials) {
    const paths: (string | number)[][] = [];
    if (data) setNull(data, denial.nullPath, [], paths);
    const where = paths.length > 0 ? paths.slice(0, MAX_ERRORS_PER_DENIAL) : [denial.nullPath];
    for (const path of where) {
      errors.push(new GraphQLError(message(denial), { path, extensions: { code: denial.code } }));
    }
  }
  return errors;
}

/** Removes the placeholders that kept emptied selections valid, so clients see only what they asked for. */
export function stripPlaceholders(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) stripPlaceholders(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    delete record[PLACEHOLDER];
    for (const child of Object.values(record)) stripPlaceholders(child);
  }
}

function setNull(value: unknown, keys: readonly string[], at: (string | number)[], out: (string | number)[][]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => setNull(item, keys, [...at, index], out));
    return;
  }
  if (value === null || typeof value !== 'object' || keys.length === 0) return;
  const [key, ...rest] = keys as [string, ...string[]];
  const record = value as Record<string, unknown>;
  if (rest.length === 0) {
    record[key] = null;
    out.push([...at, key]);
  } else {
    setNull(record[key], rest, [...at, key], out);
  }
}
