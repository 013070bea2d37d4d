import { describe, expect, it } from 'vitest';
import { InvalidDestinationError, destinationKey, parseDestination } from './destination.js';

describe('parseDestination', () => {
  it.each([
    ['US', '98109', '98109'],
    ['US', '98109-5210', '98109-5210'],
    ['ca', 'k1a0b1', 'K1A0B1'],
    ['CA', 'K1A  0B1', 'K1A 0B1'],
    ['GB', 'sw1a 1aa', 'SW1A 1AA'],
    ['GB', 'M1 1AE', 'M1 1AE'],
    ['DE', '10115', '10115'],
    ['FR', '75008', '75008'],
    ['JP', '100-0001', '100-0001'],
    ['JP', '1000001', '1000001'],
    ['NL', '1012 JS', '1012 JS'],
  ])('accepts %s %s', (countryCode, postalCode, normalized) => {
    expect(parseDestination({ countryCode, postalCode })).toEqual({ countryCode: countryCode.toUpperCase(), postalCode: normalized });
  });

  it.each([
    ['US', '9810', /not valid for US: expected 5 digits/],
    ['US', 'ABCDE', /not valid for US/],
    ['CA', 'D1A 0B1', /not valid for CA: expected letter digit letter/],
    ['GB', '12345', /not valid for GB: expected an outward code/],
    ['DE', '1011', /not valid for DE: expected 5 digits/],
    ['FR', '7500A', /not valid for FR/],
    ['JP', '100-001', /not valid for JP: expected 7 digits/],
    ['NL', 'X', /not valid for NL: expected 2 to 12 letters/],
    ['NL', '1234567890123', /not valid for NL/],
  ])('rejects %s %s naming the rule', (countryCode, postalCode, message) => {
    expect(() => parseDestination({ countryCode, postalCode })).toThrow(message);
  });

  it.each(['USA', 'U', 'XX', 'UK', ''])('rejects the country code %j', (countryCode) => {
    expect(() => parseDestination({ countryCode, postalCode: '12345' })).toThrow(InvalidDestinationError);
    expect(() => parseDestination({ countryCode, postalCode: '12345' })).toThrow(/ISO 3166-1 alpha-2/);
  });

  it('gives equal keys to equal destinations however they were written', () => {
    const a = parseDestination({ countryCode: 'gb', postalCode: ' sw1a   1aa ' });
    const b = parseDestination({ countryCode: 'GB', postalCode: 'SW1A 1AA' });
    expect(destinationKey(a)).toBe(destinationKey(b));
    expect(destinationKey(a)).toBe('GB:SW1A 1AA');
  });
});
