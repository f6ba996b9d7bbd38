// Money in tables: the Drizzle columns of an amount (bigint minor units + a currency referencing the currency codelist) and their constraints.
// Table files import this; it imports only the codelist table, so no schema import cycle arises.
import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, check, foreignKey, text } from 'drizzle-orm/pg-core';
import { CODELISTS } from '../../../shared/codelists.ts';
import { codelistItems } from '../../db/schema/codelists.table.ts';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type MoneyColumnNames<P extends string> = { amount: `${P}Minor`; currency: `${P}Currency`; list: `${P}CurrencyList` };

/**
 * The three columns of an amount named `prefix`, to spread into a table:
 * `<prefix>_minor` bigint, `<prefix>_currency` text, and `<prefix>_currency_list`,
 * a generated constant ('currency') that lets the foreign key name the
 * currency codelist. Pair it with `moneyConstraints` in the table's extras.
 *
 *     value: ...moneyColumns('value')  →  valueMinor, valueCurrency (+ valueCurrencyList)
 */
export function moneyColumns<P extends string>(prefix: P, opts: { nullable?: boolean } = {}) {
  const name = snake(prefix);
  const amount = bigint(`${name}_minor`, { mode: 'number' });
  const currency = text(`${name}_currency`);
  return {
    [`${prefix}Minor`]: opts.nullable ? amount : amount.notNull(),
    [`${prefix}Currency`]: opts.nullable ? currency : currency.notNull(),
    [`${prefix}CurrencyList`]: text(`${name}_currency_list`)
      .notNull()
      .generatedAlwaysAs(sql`'${sql.raw(CODELISTS.currency)}'`),
  } as { [K in MoneyColumnNames<P>['amount']]: typeof amount } & { [K in MoneyColumnNames<P>['currency']]: typeof currency } & {
    [K in MoneyColumnNames<P>['list']]: ReturnType<typeof text>;
  };
}

type MoneyTableColumns<P extends string> = Record<`${P}Minor` | `${P}Currency` | `${P}CurrencyList`, AnyPgColumn>;

/**
 * The constraints of an amount: its currency must be a code of the currency
 * codelist (a foreign key, ON DELETE RESTRICT), and a nullable amount has both
 * parts or neither. `table` names the constraints.
 */
export function moneyConstraints<P extends string>(table: string, t: MoneyTableColumns<P>, prefix: P) {
  const name = snake(prefix);
  const both: SQL = sql`(${t[`${prefix}Minor`]} is null) = (${t[`${prefix}Currency`]} is null)`;
  return [
    foreignKey({ name: `${table}_${name}_currency_fk`, columns: [t[`${prefix}CurrencyList`], t[`${prefix}Currency`]], foreignColumns: [codelistItems.list, codelistItems.code] }).onDelete('restrict'),
    check(`${table}_${name}_money_ck`, both),
  ];
}
