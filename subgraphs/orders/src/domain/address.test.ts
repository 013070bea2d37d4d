import { describe, expect, it } from 'vitest';
import { checkAddress, normalizeEmail } from './address.js';

const US = { name: 'Ada', line1: '1 Main St', city: 'Seattle', postalCode: '98109', countryCode: 'us' };

describe('addresses', () => {
  it('normalizes a valid address and drops empty optional fields', () => {
    expect(checkAddress({ ...US, line2: ' ', phone: '+1 206 555 0100' })).toEqual({
      kind: 'valid',
      address: { name: 'Ada', line1: '1 Main St', line2: null, city: 'Seattle', stateOrRegion: null, postalCode: '98109', countryCode: 'US', phone: '+1 206 555 0100' },
    });
    expect(checkAddress({ ...US, countryCode: 'JP', postalCode: '100-0001', city: 'Tokyo' })).toMatchObject({ kind: 'valid', address: { city: null } });
    expect(checkAddress({ ...US, countryCode: 'GB', postalCode: 'sw1a  1aa' })).toMatchObject({ kind: 'valid', address: { postalCode: 'SW1A 1AA' } });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ line1: '  ' }, 'line1'],
    [{ countryCode: 'XX' }, 'countryCode'],
    [{ postalCode: '9810' }, 'postalCode'],
    [{ city: undefined }, 'city'],
    [{ phone: 'call me' }, 'phone'],
    [{ line1: 'x'.repeat(181) }, 'line1'],
  ])('names the field at fault in %j', (change, field) => {
    expect(checkAddress({ ...US, ...change })).toMatchObject({ kind: 'invalid', field });
  });
});

describe('email addresses', () => {
  it.each(['ada@example.com', 'a.b+tag@sub.example.co.uk', 'ADA@EXAMPLE.COM'])('accepts %s', (email) => {
    expect(normalizeEmail(email)).not.toBeNull();
  });
  it('lower-cases the domain only', () => expect(normalizeEmail(' Ada@Example.COM ')).toBe('Ada@example.com'));
  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com', 'ada..x@example.com', 'ada@exa_mple.com', `${'a'.repeat(65)}@example.com`])('refuses %s', (email) => {
    expect(normalizeEmail(email)).toBeNull();
  });
});
