// The accounts page's URL search parameters (search and role).
import { ROLES } from '../../../../shared/common.ts';
import { oneOf, text } from '../../../lib/search-params.ts';

export interface UsersSearch {
  q?: string;
  role?: (typeof ROLES)[number];
}

export function parseUsersSearch(raw: Record<string, unknown>): UsersSearch {
  return { q: text(raw.q), role: oneOf(raw.role, ROLES) };
}
