// GET /api/admin/outbox — e-mails composed while no mail server is set, for administrators.
import type { z } from 'zod';
import type { outboxItemSchema } from '../../../../shared/notifications.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { adminKeys } from './keys.ts';

export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxQueryOptions = () => listQueryOptions<OutboxItem>(adminKeys.part('outbox'), '/api/admin/outbox', {}, 50);

export const useOutbox = () => useListQuery(outboxQueryOptions());
