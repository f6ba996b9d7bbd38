// The meetings pages' URL search parameters: bodies, a meeting's tab, the decisions register, action items.
import { BODY_KINDS, DECISION_STATUSES } from '../../../../shared/meetings.ts';
import { oneOf, text } from '../../../lib/search-params.ts';

export interface BodiesSearch {
  q?: string;
  kind?: (typeof BODY_KINDS)[number];
  sector?: string;
}

export function parseBodiesSearch(raw: Record<string, unknown>): BodiesSearch {
  return { q: text(raw.q), kind: oneOf(raw.kind, BODY_KINDS), sector: text(raw.sector, 40) };
}

export interface DecisionsSearch {
  q?: string;
  bodyId?: string;
  status?: (typeof DECISION_STATUSES)[number];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDecisionsSearch(raw: Record<string, unknown>): DecisionsSearch {
  const bodyId = text(raw.bodyId, 40);
  return { q: text(raw.q), bodyId: bodyId && UUID.test(bodyId) ? bodyId : undefined, status: oneOf(raw.status, DECISION_STATUSES) };
}

export interface ActionItemsSearch {
  mine?: boolean;
}

export function parseActionItemsSearch(raw: Record<string, unknown>): ActionItemsSearch {
  return { mine: raw.mine === true || raw.mine === 'true' ? true : undefined };
}

export interface MeetingSearch {
  tab?: 'agenda' | 'attendance' | 'minutes' | 'decisions' | 'actions' | 'export';
}

export function parseMeetingSearch(raw: Record<string, unknown>): MeetingSearch {
  return { tab: oneOf(raw.tab, ['agenda', 'attendance', 'minutes', 'decisions', 'actions', 'export'] as const) };
}
