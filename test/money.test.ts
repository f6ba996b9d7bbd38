// Money: exact sums in minor units, currencies never mixed, formatting in English and Russian, the API schema and the table columns.
import { sql } from 'drizzle-orm';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/server/app.ts';
import { moneyColumns, moneyConstraints } from '../src/server/platform/records/money.columns.ts';
import { checkMoney, moneyFromSum, moneyOf, moneyValues } from '../src/server/platform/records/money.ts';
import { CURRENCY_MINOR_UNITS } from '../src/shared/currency-minor-units.ts';
import {
  CurrencyMismatchError,
  MAX_AMOUNT_MINOR,
  MoneyError,
  addMoney,
  compareMoney,
  formatMoney,
  minorUnitsOf,
  money,
  moneySchema,
  nonNegativeMoneySchema,
  parseDecimalAmount,
  subtractMoney,
  sumMoney,
  toDecimalString,
  totalsByCurrency,
} from '../src/shared/money.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

const usd = (minor: number) => money(minor, 'USD');
/** Intl puts no-break spaces between groups and before the currency; compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in minor units', () => {
  it('add up exactly where floating point would not (0.1 + 0.2, a thousand cents)', () => {
    expect(addMoney(usd(10), usd(20))).toEqual(usd(30));
    expect(0.1 + 0.2).not.toBe(0.3); // the reason amounts are never floats
    expect(sumMoney(Array.from({ length: 1000 }, () => usd(1)), 'USD')).toEqual(usd(1000));
    expect(toDecimalString(sumMoney(Array.from({ length: 1000 }, () => usd(1)), 'USD'))).toBe('10.00');
    expect(sumMoney([], 'JPY')).toEqual(money(0, 'JPY'));
    expect(subtractMoney(usd(150_000_000), usd(149_999_999))).toEqual(usd(1));
    // Near the top of the safe range, still exact.
    expect(addMoney(usd(MAX_AMOUNT_MINOR - 1), usd(1))).toEqual(usd(MAX_AMOUNT_MINOR));
    expect(() => addMoney(usd(MAX_AMOUNT_MINOR), usd(1))).toThrow(MoneyError);
    expect(() => money(12.5, 'USD')).toThrow(MoneyError);
  });

  it('refuse to add, subtract or compare amounts in different currencies', () => {
    expect(() => addMoney(usd(100), money(100, 'EUR'))).toThrow(CurrencyMismatchError);
    expect(() => subtractMoney(usd(100), money(100, 'RUB'))).toThrow(/USD and RUB cannot be combined/);
    expect(() => sumMoney([usd(1), money(1, 'SGD')], 'USD')).toThrow(CurrencyMismatchError);
    expect(() => compareMoney(usd(1), money(1, 'JPY'))).toThrow(CurrencyMismatchError);
    expect(totalsByCurrency([usd(100), money(5, 'EUR'), usd(250), money(7, 'EUR')])).toEqual([money(12, 'EUR'), usd(350)]);
  });

  it('use each currency’s own minor unit: JPY 0, USD 2, KWD 3', () => {
    expect([minorUnitsOf('JPY'), minorUnitsOf('USD'), minorUnitsOf('KWD'), minorUnitsOf('CLF')]).toEqual([0, 2, 3, 4]);
    expect(toDecimalString(money(1500, 'JPY'))).toBe('1500');
    expect(toDecimalString(money(-5, 'USD'))).toBe('-0.05');
    expect(toDecimalString(money(1234567, 'KWD'))).toBe('1234.567');
    expect(parseDecimalAmount('1500.25', 'USD')).toEqual(usd(150025));
    expect(parseDecimalAmount('-0.5', 'USD')).toEqual(usd(-50));
    expect(parseDecimalAmount('1500', 'JPY')).toEqual(money(1500, 'JPY'));
    expect(() => parseDecimalAmount('1.5', 'JPY')).toThrow(/JPY has 0 decimal places/);
    expect(() => parseDecimalAmount('1.2345', 'KWD')).toThrow(/KWD has 3 decimal places/);
    expect(() => parseDecimalAmount('1e3', 'USD')).toThrow(MoneyError);
    expect(() => parseDecimalAmount('99999999999999999999', 'USD')).toThrow(MoneyError);
    // Gold and the SDR have no minor unit in ISO 4217: no amount is recorded in them.
    expect(() => money(1, 'XAU')).toThrow(/not an ISO 4217 currency with a minor unit/);
  });
});

describe('formatting money', () => {
  it('writes amounts in English and in Russian with the currency’s decimals', () => {
    expect(plain(formatMoney(usd(150_000_000), 'en'))).toBe('USD 1,500,000.00');
    expect(plain(formatMoney(usd(150_000_000), 'ru'))).toBe('1 500 000,00 USD');
    expect(plain(formatMoney(money(1235, 'JPY'), 'en'))).toBe('JPY 1,235');
    expect(plain(formatMoney(money(1235, 'JPY'), 'ru'))).toBe('1 235 JPY');
    expect(plain(formatMoney(money(-1234567, 'KWD'), 'en'))).toBe('-KWD 1,234.567');
    expect(plain(formatMoney(money(-1234567, 'KWD'), 'ru'))).toBe('-1 234,567 KWD');
    expect(plain(formatMoney(money(123450, 'RUB'), 'ru', 'symbol'))).toBe('1 234,50 ₽');
    expect(plain(formatMoney(usd(5), 'en-GB', 'symbol'))).toBe('US$0.05');
  });

  it('formats the largest amount exactly, digit for digit', () => {
    expect(plain(formatMoney(usd(MAX_AMOUNT_MINOR), 'en'))).toBe('USD 90,071,992,547,409.91');
  });
});

describe('money in the API and in tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('takes amounts as whole minor units in JSON and names the field of a float, an unsafe number, a string or a bad currency', async () => {
    const app = await buildApp({
      config: t.config,
      database: t.database,
      logger: false,
      register: async (api) => {
        api.post('/api/test/budget', {
          config: { policy: { access: 'public' } },
          schema: { body: z.object({ budget: nonNegativeMoneySchema, lines: z.array(moneySchema).default([]) }) },
          handler: async (request) => request.body,
        });
      },
    });
    try {
      const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/test/budget', payload: payload as object });
      const cases: [unknown, string][] = [
        [{ budget: { amountMinor: 1500.25, currency: 'USD' } }, 'budget.amountMinor'],
        [{ budget: { amountMinor: 2 ** 53, currency: 'USD' } }, 'budget.amountMinor'],
        [{ budget: { amountMinor: '150000', currency: 'USD' } }, 'budget.amountMinor'],
        [{ budget: { amountMinor: -1, currency: 'USD' } }, 'budget.amountMinor'],
        [{ budget: { amountMinor: 100, currency: 'usd' } }, 'budget.currency'],
        [{ budget: { amountMinor: 100, currency: 'XAU' } }, 'budget.currency'],
        [{ budget: { amountMinor: 100, currency: 'USD' }, lines: [{ amountMinor: 1, currency: 'USD' }, { amountMinor: 0.5, currency: 'USD' }] }, 'lines.1.amountMinor'],
      ];
      for (const [payload, field] of cases) expectProblem(await post(payload), 400, { code: 'request.invalid', field });
      const raw = await app.inject({ method: 'POST', url: '/api/test/budget', headers: { 'content-type': 'application/json' }, payload: '{"budget":{"amountMinor":9007199254740993,"currency":"USD"}}' });
      expectProblem(raw, 400, { field: 'budget.amountMinor' });
      expect(expectStatus(await post({ budget: { amountMinor: 150_000_000, currency: 'USD' }, lines: [{ amountMinor: -250, currency: 'KWD' }] }), 200)).toEqual({
        budget: { amountMinor: 150_000_000, currency: 'USD' },
        lines: [{ amountMinor: -250, currency: 'KWD' }],
      });
    } finally {
      await app.close();
    }
  });

  it('stores an amount as bigint minor units with a currency the database checks against the currency codelist', async () => {
    const grants = pgTable('test_grants', { id: uuid('id').primaryKey().defaultRandom(), ...moneyColumns('value'), ...moneyColumns('unspent', { nullable: true }) }, (g) => [
      ...moneyConstraints('test_grants', g, 'value'),
      ...moneyConstraints('test_grants', g, 'unspent'),
    ]);
    // The DDL drizzle-kit writes for these columns, as a migration would.
    const api = await import('drizzle-kit/api');
    for (const statement of await api.generateMigration(api.generateDrizzleJson({}), api.generateDrizzleJson({ grants }))) await t.db.execute(sql.raw(statement));

    await t.db.insert(grants).values([
      { ...moneyValues('value', usd(150_000_000)), ...moneyValues('unspent', null) },
      { ...moneyValues('value', usd(MAX_AMOUNT_MINOR - 150_000_000)), ...moneyValues('unspent', usd(25)) },
      { ...moneyValues('value', money(5000, 'JPY')), ...moneyValues('unspent', null) },
    ]);
    const rows = await t.db.select().from(grants);
    expect(rows.map((r) => moneyOf(r, 'value'))).toEqual([usd(150_000_000), usd(MAX_AMOUNT_MINOR - 150_000_000), money(5000, 'JPY')]);
    expect(rows.map((r) => moneyOf(r, 'unspent'))).toEqual([null, usd(25), null]);
    const totals = (await t.db.execute(sql`select sum(value_minor) as total from test_grants where value_currency = 'USD'`)) as unknown as { rows: { total: string }[] };
    const [usdTotal] = totals.rows;
    expect(moneyFromSum(usdTotal.total, 'USD')).toEqual(usd(MAX_AMOUNT_MINOR));

    const violation = (p: Promise<unknown>) => p.then(() => null, (e: { cause?: { code?: string } }) => e.cause?.code ?? 'other');
    // Not an ISO 4217 code: the foreign key to the currency codelist refuses it.
    expect(await violation(t.db.insert(grants).values({ valueMinor: 1, valueCurrency: 'ABC' }))).toBe('23503');
    // Half an amount: a figure without its currency.
    expect(await violation(t.db.insert(grants).values({ valueMinor: 1, valueCurrency: 'USD', unspentMinor: 5 }))).toBe('23514');
    // The use-case check names the field, before the database has to.
    await expect(checkMoney(t.db, { amountMinor: 1, currency: 'ABC' }, 'budget')).rejects.toMatchObject({ status: 400, code: 'codelist.unknown_code', errors: [{ field: 'budget.currency' }] });
    await checkMoney(t.db, usd(1), 'budget');
  });

  it('carries the same minor units in the web’s table as in the currency codelist', async () => {
    const res = expectStatus(await t.as('anonymous', 'GET', '/api/codelists/currency'), 200);
    const fromList = Object.fromEntries(res.items.filter((c: { attributes: { minorUnits: number | null } }) => c.attributes.minorUnits !== null).map((c: { code: string; attributes: { minorUnits: number } }) => [c.code, c.attributes.minorUnits]));
    expect(fromList).toEqual(CURRENCY_MINOR_UNITS);
  });
});
