import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['1d', 86_400_000],
    ['90m', 5_400_000],
    ['2h30m', 9_000_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
    ['1w', 604_800_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '1', 'd', '1x', '1d junk', '-1d'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(/Invalid duration/);
  });
});
