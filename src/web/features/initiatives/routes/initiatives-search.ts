// The initiatives pages' URL search parameters: filters and sort.
import { INITIATIVE_SORTS, INITIATIVE_STAGES } from '../../../../shared/initiatives.ts';
import { oneOf, partyCode, text } from '../../../lib/search-params.ts';
import type { InitiativesParams } from '../api/get-initiatives.ts';

export type InitiativesSearch = Partial<InitiativesParams>;

export function parseInitiativesSearch(raw: Record<string, unknown>): InitiativesSearch {
  const year = Number(raw.year);
  return {
    q: text(raw.q),
    stage: oneOf(raw.stage, INITIATIVE_STAGES),
    sector: text(raw.sector, 40),
    dacCode: typeof raw.dacCode === 'string' && /^\d{5}$/.test(raw.dacCode) ? raw.dacCode : undefined,
    party: partyCode(raw.party),
    fundId: text(raw.fundId, 40),
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    sort: oneOf(raw.sort, INITIATIVE_SORTS),
  };
}
