import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../shared/admin.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { pagedQueryOptions } from '../../../lib/query.ts';
import type { AuditSearch } from '../routes/audit-search.ts';

export const getAuditEntries = (filters: AuditSearch, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<AuditEntry>>('/api/audit', { ...filters, cursor, limit: 50 }, signal);

export const auditEntriesQueryOptions = (filters: AuditSearch) =>
  pagedQueryOptions(['audit', 'list', filters], (cursor, signal) => getAuditEntries(filters, cursor, signal));

export const useAuditEntries = (filters: AuditSearch) =>
  useInfiniteQuery({ ...auditEntriesQueryOptions(filters), placeholderData: keepPreviousData });
