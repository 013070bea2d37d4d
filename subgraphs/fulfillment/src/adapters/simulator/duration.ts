const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses durations such as `1d`, `90m`, `2h30m`, `500ms` into milliseconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed.replace(/\s+/g, '')) {
    throw new Error(`Invalid duration ${JSON.stringify(text)}: expected a number with a unit (ms, s, m, h, d, w), for example 1d, 90m or 2h30m.`);
  }
  return Math.round(parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit!]!, 0));
}
