import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outboxItemSchema } from '../../../../shared/notifications.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { pagedQueryOptions } from '../../../lib/query.ts';

export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const getOutbox = (cursor: string | undefined, signal?: AbortSignal) => api.get<ListPage<OutboxItem>>('/api/admin/outbox', { cursor, limit: 50 }, signal);

export const outboxQueryOptions = () => pagedQueryOptions(['admin', 'outbox'], (cursor, signal) => getOutbox(cursor, signal));

export const useOutbox = () => useInfiniteQuery({ ...outboxQueryOptions(), placeholderData: keepPreviousData });
