// The register's URL search parameters: filters and sort.
import { CORRESPONDENCE_KINDS, CORRESPONDENCE_SORTS, CORRESPONDENCE_STATUSES, DIRECTIONS } from '../../../../shared/correspondence.ts';
import { oneOf, partyCode, text } from '../../../lib/search-params.ts';
import type { CorrespondenceParams } from '../api/get-correspondence-list.ts';

export type CorrespondenceSearch = Partial<CorrespondenceParams>;

export function parseCorrespondenceSearch(raw: Record<string, unknown>): CorrespondenceSearch {
  return {
    q: text(raw.q),
    direction: oneOf(raw.direction, DIRECTIONS),
    kind: oneOf(raw.kind, CORRESPONDENCE_KINDS),
    status: oneOf(raw.status, CORRESPONDENCE_STATUSES),
    party: partyCode(raw.party),
    overdue: raw.overdue === 'true' ? 'true' : undefined,
    sort: oneOf(raw.sort, CORRESPONDENCE_SORTS),
  };
}
