// The audit trail's URL search parameters (its filters).
import { isoDate, text } from '../../../lib/search-params.ts';

export interface AuditSearch {
  recordType?: string;
  recordId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function parseAuditSearch(raw: Record<string, unknown>): AuditSearch {
  return {
    recordType: text(raw.recordType, 100),
    recordId: text(raw.recordId, 100),
    actorId: text(raw.actorId, 36),
    action: text(raw.action, 100),
    from: isoDate(raw.from),
    to: isoDate(raw.to),
  };
}
