// GET /api/initiatives/:id/money — budget lines, transactions and the derived totals.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { initiativeKeys, initiativePath } from './keys.ts';
import type { MoneyView } from './types.ts';

export const useInitiativeMoney = (id: string) =>
  useQuery({ queryKey: initiativeKeys.part('money', id), queryFn: ({ signal }) => api.get<MoneyView>(initiativePath(id, 'money'), undefined, signal) });
