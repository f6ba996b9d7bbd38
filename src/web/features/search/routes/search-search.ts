// The search page's URL search parameters: the query and the types.
import { text } from '../../../lib/search-params.ts';

export interface SearchPageSearch {
  q?: string;
  /** Comma-separated record types. */
  types?: string;
}

const TYPE_LIST = /^[a-z0-9_]+(,[a-z0-9_]+)*$/;

export function parseSearchPageSearch(raw: Record<string, unknown>): SearchPageSearch {
  const types = text(raw.types, 500);
  return { q: text(raw.q), types: types && TYPE_LIST.test(types) ? types : undefined };
}

export const typeList = (types: string | undefined): string[] => (types ? types.split(',') : []);
