// POST /api/initiatives/:id/transactions and /budgets — a transaction or a budget line, in the initiative's currency.
import type { z } from 'zod';
import type { budgetInputSchema, transactionInputSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { initiativePath, refreshInitiatives } from './keys.ts';
import type { MoneyView } from './types.ts';

export type TransactionInput = z.input<typeof transactionInputSchema>;
export type BudgetInput = z.input<typeof budgetInputSchema>;

export const useAddTransaction = (id: string) => useWrite((input: TransactionInput) => api.post<MoneyView>(initiativePath(id, 'transactions'), input), refreshInitiatives);
export const useAddBudget = (id: string) => useWrite((input: BudgetInput) => api.post<MoneyView>(initiativePath(id, 'budgets'), input), refreshInitiatives);
