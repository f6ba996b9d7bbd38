// Money: an amount in integer minor units with its ISO 4217 currency, never a float: the API schema, exact arithmetic, decimal conversion and formatting per locale.
import { z } from 'zod';
import { CURRENCY_MINOR_UNITS } from './currency-minor-units.ts';

/**
 * 1,500.00 USD is `{ amountMinor: 150000, currency: 'USD' }`; 1,500 JPY is
 * `{ amountMinor: 1500, currency: 'JPY' }` (JPY has no minor unit); 1.500 KWD
 * is `{ amountMinor: 1500, currency: 'KWD' }`. In JSON `amountMinor` is a
 * number, a whole number within ±(2^53 − 1), so it survives any JSON parser.
 */
export type Money = { amountMinor: number; currency: string };

/** The largest amount in minor units: beyond it a JSON number is no longer exact. */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;

/** A broken rule of money: mixing currencies, an unknown currency, an amount out of range. */
export class MoneyError extends Error {
  override name = 'MoneyError';
}
export class CurrencyMismatchError extends MoneyError {
  override name = 'CurrencyMismatchError';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Amounts in ${expected} and ${actual} cannot be combined: convert one first.`);
  }
}

/** ISO 4217 currencies with a minor unit (those an amount can be recorded in). */
export const isCurrencyCode = (code: string): boolean => Object.hasOwn(CURRENCY_MINOR_UNITS, code);

/** Digits after the decimal point: JPY 0, USD 2, KWD 3, CLF 4. */
export function minorUnitsOf(currency: string): number {
  if (!isCurrencyCode(currency)) throw new MoneyError(`${currency} is not an ISO 4217 currency with a minor unit.`);
  return CURRENCY_MINOR_UNITS[currency];
}

export const currencyCodeSchema = z
  .string({ error: 'Give the currency as a three-letter ISO 4217 code, e.g. USD' })
  .regex(/^[A-Z]{3}$/, { error: 'Give the currency as a three-letter ISO 4217 code, e.g. USD', abort: true })
  .refine(isCurrencyCode, 'Not an ISO 4217 currency in which amounts can be recorded');

const RANGE = `Keep the amount within ±${MAX_AMOUNT_MINOR} minor units`;
export const amountMinorSchema = z
  .number({ error: 'Give the amount as a whole number of minor units, e.g. 150000 for 1,500.00 USD' })
  .min(-MAX_AMOUNT_MINOR, { error: RANGE, abort: true })
  .max(MAX_AMOUNT_MINOR, { error: RANGE, abort: true })
  .int({ error: 'Give the amount in whole minor units, not as a decimal: 1,500.25 USD is 150025' });

/** An amount as the API takes and gives it. */
export const moneySchema = z.object({ amountMinor: amountMinorSchema, currency: currencyCodeSchema });
/** …for budgets, contributions and other amounts that cannot be negative. */
export const nonNegativeMoneySchema = z.object({ amountMinor: amountMinorSchema.min(0, 'The amount cannot be negative'), currency: currencyCodeSchema });

function safe(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor)) throw new MoneyError(`The amount ${amountMinor} ${currency} is not a whole number of minor units within ±${MAX_AMOUNT_MINOR}.`);
  return { amountMinor: amountMinor === 0 ? 0 : amountMinor, currency };
}

/** Builds an amount, refusing a fraction of a minor unit, an unsafe size or an unknown currency. */
export function money(amountMinor: number, currency: string): Money {
  minorUnitsOf(currency);
  return safe(amountMinor, currency);
}

export const zeroMoney = (currency: string): Money => money(0, currency);

function sameCurrency(a: Money, b: Money) {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return safe(a.amountMinor + b.amountMinor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return safe(a.amountMinor - b.amountMinor, a.currency);
}

export const negateMoney = (a: Money): Money => safe(-a.amountMinor, a.currency);

/** The sum of amounts that must all be in `currency` (an empty sum is zero in it). */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce((total, m) => addMoney(total, m), zeroMoney(currency));
}

/** Sums per currency, by currency code: totals of a mixed list, never added across currencies. */
export function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, Money>();
  for (const m of amounts) totals.set(m.currency, addMoney(totals.get(m.currency) ?? zeroMoney(m.currency), m));
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
}

/** The exact decimal, e.g. "1500.00", "-0.05", "1500" (JPY): for IATI `value`, CSV and formatting. */
export function toDecimalString(m: Money): string {
  const digits = minorUnitsOf(m.currency);
  const abs = String(Math.abs(m.amountMinor)).padStart(digits + 1, '0');
  const sign = m.amountMinor < 0 ? '-' : '';
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Reads "1500", "1500.5" or "-0.05" in a currency, refusing more decimals than it has; no float is involved. */
export function parseDecimalAmount(text: string, currency: string): Money {
  const digits = minorUnitsOf(currency);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new MoneyError(`“${text}” is not an amount: write digits with an optional point, e.g. 1500.25.`);
  const fraction = m[3] ?? '';
  if (fraction.length > digits) throw new MoneyError(`${currency} has ${digits} decimal ${digits === 1 ? 'place' : 'places'}; “${text}” has ${fraction.length}.`);
  const minor = Number(`${m[2]}${fraction.padEnd(digits, '0')}`);
  return safe(m[1] ? -minor : minor, currency);
}

export type MoneyDisplay = 'code' | 'symbol' | 'narrowSymbol' | 'name';
const formats = new Map<string, Intl.NumberFormat>();

/**
 * The amount for a reader: `formatMoney(m, 'en')` → "USD 1,500.00",
 * `formatMoney(m, 'ru')` → "1 500,00 USD", always with the currency's own
 * number of decimals. The exact decimal string is formatted, not a float.
 */
export function formatMoney(m: Money, locale: string, display: MoneyDisplay = 'code'): string {
  const digits = minorUnitsOf(m.currency);
  const key = `${locale}|${m.currency}|${display}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, currencyDisplay: display, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(toDecimalString(m) as Intl.StringNumericLiteral);
}
