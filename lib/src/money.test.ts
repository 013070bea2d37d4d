import { describe, expect, it } from 'vitest';
import { formatAmount, isCurrencyCode, toMoney } from './money.js';

describe('money', () => {
  it('formats minor units by the currency’s digits, without floating point', () => {
    expect(formatAmount(1999, 'USD')).toBe('19.99');
    expect(formatAmount(5, 'USD')).toBe('0.05');
    expect(formatAmount(-250, 'EUR')).toBe('-2.50');
    expect(formatAmount(1500, 'JPY')).toBe('1500');
    expect(formatAmount(1234, 'KWD')).toBe('1.234');
    expect(formatAmount(900719925474099, 'USD')).toBe('9007199254740.99');
    expect(toMoney({ centAmount: 1000, currencyCode: 'GBP' })).toEqual({ centAmount: 1000, currencyCode: 'GBP', amount: '10.00' });
  });

  it('knows ISO 4217 codes', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
});
