// An initiative's money derived from its budget lines and transactions: budget, committed, disbursed, spent and remaining (never stored).
import { type Money, subtractMoney, sumMoney } from '../../../shared/money.ts';
import { moneyOf } from '../../platform/records/money.ts';
import type { BudgetRow, TransactionRow } from './initiatives.repository.ts';

const amountOf = (r: BudgetRow | TransactionRow) => moneyOf(r, 'value') as Money;

/**
 * The budget is the sum over periods of each period's revised budget (IATI
 * type 2) where one is recorded, else its original (type 1) lines. Every
 * amount is in the initiative's currency (the use cases refuse any other).
 */
export function budgetTotal(budgets: BudgetRow[], currency: string): Money {
  const byPeriod = new Map<string, BudgetRow[]>();
  for (const b of budgets) {
    const key = `${b.periodStart}/${b.periodEnd}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), b]);
  }
  const counted = [...byPeriod.values()].flatMap((lines) => (lines.some((l) => l.type === '2') ? lines.filter((l) => l.type === '2') : lines));
  return sumMoney(counted.map(amountOf), currency);
}

const ofType = (transactions: TransactionRow[], type: string, currency: string) => sumMoney(transactions.filter((t) => t.type === type).map(amountOf), currency);

export function moneyTotals(budgets: BudgetRow[], transactions: TransactionRow[], currency: string) {
  const budget = budgetTotal(budgets, currency);
  const disbursed = ofType(transactions, '3', currency);
  return {
    budget,
    committed: ofType(transactions, '2', currency),
    disbursed,
    spent: ofType(transactions, '4', currency),
    remaining: subtractMoney(budget, disbursed),
  };
}
