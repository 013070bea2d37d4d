import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const ROUTER_SECRET = 'a-router-secret-of-at-least-32-characters';

describe('gateway config', () => {
  it("shapes responses with compiled steps unless told to use Apollo Gateway's own, and names the variable on a bad value", () => {
    expect(loadConfig({ ROUTER_SECRET }).responseShaping).toBe('compiled');
    expect(loadConfig({ ROUTER_SECRET, RESPONSE_SHAPING: 'apollo' }).responseShaping).toBe('apollo');
    expect(() => loadConfig({ ROUTER_SECRET, RESPONSE_SHAPING: 'fast' })).toThrow(/RESPONSE_SHAPING/);
  });
});
