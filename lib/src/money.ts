/** An amount in integer minor units of an ISO-4217 currency: 1999 USD is 19.99. Never a float. */
export interface Price {
  centAmount: number;
  currencyCode: string;
}

/** A price as the schema's `Money` type shows it, with the decimal string for display. */
export interface MoneyView extends Price {
  amount: string;
}

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO-4217 currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorDigits(currencyCode: string): number {
  let digits = digitsCache.get(currencyCode);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currencyCode, digits);
  }
  return digits;
}

/** Formats integer minor units as a decimal string without going through floating point. */
export function formatAmount(centAmount: number, currencyCode: string): string {
  const digits = minorDigits(currencyCode);
  const sign = centAmount < 0 ? '-' : '';
  const abs = Math.abs(centAmount).toString().padStart(digits + 1, '0');
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

export function toMoney(price: Price): MoneyView {
  return { ...price, amount: formatAmount(price.centAmount, price.currencyCode) };
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 codes this runtime knows (three capital letters). */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}
