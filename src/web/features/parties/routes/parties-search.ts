// The parties list's URL search parameters: search, kind, sort, archived.
import { PARTY_KINDS } from '../../../../shared/directory.ts';
import { ARCHIVED_VIEWS, type ArchivedView, oneOf, text } from '../../../lib/search-params.ts';

export const PARTY_SORTS = ['name', '-name', 'code', '-code', 'updatedAt', '-updatedAt'] as const;

export interface PartiesSearch {
  q?: string;
  kind?: (typeof PARTY_KINDS)[number];
  sort?: (typeof PARTY_SORTS)[number];
  archived?: ArchivedView;
}

export function parsePartiesSearch(raw: Record<string, unknown>): PartiesSearch {
  return {
    q: text(raw.q),
    kind: oneOf(raw.kind, PARTY_KINDS),
    sort: oneOf(raw.sort, PARTY_SORTS),
    archived: oneOf(raw.archived, ARCHIVED_VIEWS),
  };
}
