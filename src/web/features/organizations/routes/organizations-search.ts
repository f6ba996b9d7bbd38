// The organisations list's URL search parameters: search, kind, country, sort, archived.
import { ORGANIZATION_KINDS } from '../../../../shared/directory.ts';
import { ARCHIVED_VIEWS, type ArchivedView, oneOf, partyCode, text } from '../../../lib/search-params.ts';

export const ORGANIZATION_SORTS = ['name', '-name', 'updatedAt', '-updatedAt'] as const;

export interface OrganizationsSearch {
  q?: string;
  kind?: (typeof ORGANIZATION_KINDS)[number];
  country?: string;
  sort?: (typeof ORGANIZATION_SORTS)[number];
  archived?: ArchivedView;
}

export function parseOrganizationsSearch(raw: Record<string, unknown>): OrganizationsSearch {
  return {
    q: text(raw.q),
    kind: oneOf(raw.kind, ORGANIZATION_KINDS),
    country: partyCode(raw.country),
    sort: oneOf(raw.sort, ORGANIZATION_SORTS),
    archived: oneOf(raw.archived, ARCHIVED_VIEWS),
  };
}
