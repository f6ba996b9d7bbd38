// Money in use cases: an amount read from or written to its columns (see money.columns.ts), totals from SQL, and the currency check.
import { type Money, MoneyError, money } from '../../../shared/money.ts';
import { CODELISTS } from '../../../shared/codelists.ts';
import type { Executor } from '../../db/client.ts';
import { checkCode } from './codelists.ts';

/** The amount named `prefix` of a row read from such a table (null when the amount is not set). */
export function moneyOf<P extends string>(row: Record<`${P}Minor`, number | null> & Record<`${P}Currency`, string | null>, prefix: P): Money | null {
  const amount = row[`${prefix}Minor`] as number | null;
  const currency = row[`${prefix}Currency`] as string | null;
  return amount === null || currency === null ? null : money(amount, currency);
}

/** The values to write for an amount named `prefix`. */
export function moneyValues<P extends string>(prefix: P, m: Money | null) {
  return { [`${prefix}Minor`]: m?.amountMinor ?? null, [`${prefix}Currency`]: m?.currency ?? null } as Record<`${P}Minor`, number | null> & Record<`${P}Currency`, string | null>;
}

/**
 * A `sum(<prefix>_minor)` read back (PostgreSQL returns it as a numeric string):
 * exact, or a MoneyError when the total leaves the safe range (a string of more
 * than 15 digits converts exactly whenever the result is a safe integer).
 */
export function moneyFromSum(total: string | number | null, currency: string): Money {
  const value = total === null ? 0 : Number(total);
  if (!Number.isSafeInteger(value)) throw new MoneyError(`The total ${total} ${currency} is too large to be exact.`);
  return money(value, currency);
}

/** 400 naming `<field>.currency` unless the currency is a current code of the currency codelist. */
export async function checkMoney(db: Executor, m: Money | null | undefined, field: string): Promise<void> {
  if (m) await checkCode(db, CODELISTS.currency, m.currency, `${field}.currency`);
}
