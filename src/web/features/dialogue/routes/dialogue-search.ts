// The dialogue pages' URL search parameters: the log's (and timelines') filters, and the register's.
import { ENGAGEMENT_KINDS, GIFT_DIRECTIONS, GIFT_DISPOSITIONS } from '../../../../shared/dialogue.ts';
import { oneOf, partyCode, text } from '../../../lib/search-params.ts';
import type { EngagementsParams } from '../api/engagements.ts';
import type { GiftsParams } from '../api/gifts.ts';

const yearOf = (raw: unknown) => {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
};

export type EngagementsSearch = Omit<EngagementsParams, 'sort'>;
export const parseEngagementsSearch = (raw: Record<string, unknown>): EngagementsSearch => ({
  q: text(raw.q),
  kind: oneOf(raw.kind, ENGAGEMENT_KINDS),
  topic: text(raw.topic, 60),
  year: yearOf(raw.year),
  personId: text(raw.personId, 40),
  organizationId: text(raw.organizationId, 40),
  party: partyCode(raw.party),
});

export type GiftsSearch = GiftsParams;
export const parseGiftsSearch = (raw: Record<string, unknown>): GiftsSearch => {
  const above = Number(raw.valueAbove);
  return {
    q: text(raw.q),
    year: yearOf(raw.year),
    direction: oneOf(raw.direction, GIFT_DIRECTIONS),
    disposition: oneOf(raw.disposition, GIFT_DISPOSITIONS),
    valueAbove: Number.isInteger(above) && above >= 0 ? above : undefined,
    currency: typeof raw.currency === 'string' && /^[A-Z]{3}$/.test(raw.currency) ? raw.currency : undefined,
  };
};
