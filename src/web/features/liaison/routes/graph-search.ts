// The relationship graph page's URL search parameters: area, status and year.
import { text } from '../../../lib/search-params.ts';

export type GraphSearch = { area?: string; status?: string; year?: number };

export function parseGraphSearch(raw: Record<string, unknown>): GraphSearch {
  const year = Number(raw.year);
  return { area: text(raw.area, 80), status: text(raw.status, 40), year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined };
}
