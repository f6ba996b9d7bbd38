// The people list's URL search parameters: search, organisation, sort, archived.
import { ARCHIVED_VIEWS, type ArchivedView, oneOf, text } from '../../../lib/search-params.ts';

export const PEOPLE_SORTS = ['name', '-name', 'updatedAt', '-updatedAt'] as const;

export interface PeopleSearch {
  q?: string;
  organizationId?: string;
  sort?: (typeof PEOPLE_SORTS)[number];
  archived?: ArchivedView;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parsePeopleSearch(raw: Record<string, unknown>): PeopleSearch {
  const organizationId = text(raw.organizationId, 36);
  return {
    q: text(raw.q),
    organizationId: organizationId && UUID.test(organizationId) ? organizationId : undefined,
    sort: oneOf(raw.sort, PEOPLE_SORTS),
    archived: oneOf(raw.archived, ARCHIVED_VIEWS),
  };
}
