// POST /api/admin/jobs/:id/retry — runs a failed job again.
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { adminKeys } from './keys.ts';

export const retryJob = (id: string) => api.post<void>(recordPath('/api/admin/jobs', id, 'retry'));

export const useRetryJob = () => useWrite(retryJob, { refresh: () => [adminKeys.part('jobs')] });
