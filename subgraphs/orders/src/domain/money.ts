export { formatAmount, isCurrencyCode, minorDigits, toMoney, type MoneyView, type Price } from '@commerce/lib';
