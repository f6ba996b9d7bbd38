// The delegations list's URL search parameters: search, party, sort, archived.
import { ARCHIVED_VIEWS, type ArchivedView, oneOf, partyCode, text } from '../../../lib/search-params.ts';

export const DELEGATION_SORTS = ['name', '-name', 'updatedAt', '-updatedAt'] as const;

export interface DelegationsSearch {
  q?: string;
  party?: string;
  sort?: (typeof DELEGATION_SORTS)[number];
  archived?: ArchivedView;
}

export function parseDelegationsSearch(raw: Record<string, unknown>): DelegationsSearch {
  return {
    q: text(raw.q),
    party: partyCode(raw.party),
    sort: oneOf(raw.sort, DELEGATION_SORTS),
    archived: oneOf(raw.archived, ARCHIVED_VIEWS),
  };
}
