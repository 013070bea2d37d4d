export { formatAmount, minorDigits, toMoney, type MoneyView } from '@commerce/lib';
