import { describe, expect, it } from 'vitest';
import { PRINCIPAL_HEADER, SIGNATURE_HEADER, principalHeaders, verifyPrincipal, type Principal } from './principal.js';

const secret = 'test-secret';
const customer: Principal = { kind: 'customer', id: 'cust-1', scopes: ['orders:read'], requestId: 'req-1' };

describe('signed principal headers', () => {
  it('round-trips a principal', () => {
    expect(verifyPrincipal(principalHeaders(customer, secret), secret)).toEqual(customer);
  });

  it('rejects a forged principal with a copied signature', () => {
    const headers = principalHeaders(customer, secret);
    const forged = Buffer.from(JSON.stringify({ ...customer, id: 'cust-2', exp: Date.now() + 60_000 })).toString('base64url');
    expect(() => verifyPrincipal({ ...headers, [PRINCIPAL_HEADER]: forged }, secret)).toThrow(/does not match/);
  });

  it('rejects a principal signed with another secret, a missing one and an expired one', () => {
    expect(() => verifyPrincipal(principalHeaders(customer, 'other'), secret)).toThrow(/does not match/);
    expect(() => verifyPrincipal({}, secret)).toThrow(/missing/);
    const old = principalHeaders(customer, secret, Date.now() - 120_000);
    expect(() => verifyPrincipal(old, secret)).toThrow(/expired/);
  });

  it('reads fetch Headers as well as node header objects', () => {
    const headers = new Headers(principalHeaders(customer, secret));
    expect(verifyPrincipal(headers, secret).id).toBe('cust-1');
    expect(headers.get(SIGNATURE_HEADER)).toBeTruthy();
  });
});
