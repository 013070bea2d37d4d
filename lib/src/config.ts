/**
 * Helpers for `loadConfig(env)` functions: each reads one variable, validates it and fails fast with
 * a message naming the variable, the value and what is allowed.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = 'ConfigError';
  }
}

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function readOptionalString(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function readInt(env: Env, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

export function readPort(env: Env, name: string, fallback: number): number {
  return readInt(env, name, fallback, { min: 0, max: 65535 });
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, raw, 'one of true, false, 1, 0, yes, no, on, off');
}

export function readUrl(env: Env, name: string, fallback?: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return raw;
  } catch {
    throw new ConfigError(name, raw, 'an absolute http:// or https:// URL');
  }
}

export function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, raw, `one of ${allowed.join(', ')}`);
  return raw as T;
}

/** `AWS_REGION` (or `AWS_DEFAULT_REGION`), `us-east-1` when neither is set. */
export function readAwsRegion(env: Env): string {
  return readString(env, 'AWS_REGION', readOptionalString(env, 'AWS_DEFAULT_REGION') ?? 'us-east-1');
}

/** Where a service's DynamoDB is: `DYNAMODB_ENDPOINT` (dynalite, DynamoDB Local) or, unset, AWS in the region. */
export function readDynamoConfig(env: Env): { endpoint?: string; region: string } {
  const endpoint = readUrl(env, 'DYNAMODB_ENDPOINT');
  return { ...(endpoint ? { endpoint } : {}), region: readAwsRegion(env) };
}
