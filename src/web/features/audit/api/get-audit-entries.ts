// GET /api/audit — entries of the audit trail, filtered, newest first.
import type { AuditEntry } from '../../../../shared/admin.ts';
import { collectionKeys, listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { AuditSearch } from '../routes/audit-search.ts';

export const auditEntriesQueryOptions = (filters: AuditSearch) =>
  listQueryOptions<AuditEntry>(collectionKeys('audit').list(filters), '/api/audit', { ...filters }, 50);

export const useAuditEntries = (filters: AuditSearch) => useListQuery(auditEntriesQueryOptions(filters));
