// Reading the calendar: items in a range, one item as .ics, and a subscription feed as .ics.
import { type CalendarItem, type CalendarQuery, MAX_CALENDAR_RANGE_DAYS } from '../../../shared/calendar.ts';
import type { Language } from '../../../shared/common.ts';
import type { RequestContext } from '../context.ts';
import { text } from '../i18n/texts.ts';
import type { Deps } from '../deps.ts';
import { calendarFeedNotFound, calendarInvalidRange, calendarItemNotFound, calendarRangeTooLong } from './calendar.errors.ts';
import { feedBaseUrl, resolveFeed } from './calendar-feeds.ts';
import { type CalendarItemRow, findItem, itemsInRange } from './calendar.repository.ts';
import { buildCalendar, type IcsEvent } from './ics.ts';
import { localDate } from './time-zones.ts';

const DAY_MS = 86_400_000;
/** Items one list answer carries; a longer range is cut and says so. */
const MAX_LIST_ITEMS = 2000;
/** What a subscription shows: recent past and the next two years. */
const FEED_PAST_DAYS = 90;
const FEED_FUTURE_DAYS = 730;
const FEED_MAX_ITEMS = 10_000;
/** Minutes a subscribed client is asked to wait between refreshes. */
const FEED_REFRESH_MINUTES = 60;

const splitList = (s: string | undefined) => (s ? [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))] : undefined);
const bound = (s: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);

/** The language a reader reads the calendar in: a signed-in user's own, English for a visitor. */
const readerLanguage = (ctx: RequestContext): Language => ctx.viewer?.language ?? 'en';

/** The item's title in the reader's language, else the English one. */
export const titleIn = (r: Pick<CalendarItemRow, 'title' | 'titles'>, language: Language) => r.titles?.[language] ?? r.title;

export function toCalendarItemDto(r: CalendarItemRow, language: Language = 'en'): CalendarItem {
  // The end is exclusive: the last day is the one just before it.
  const lastInstant = new Date(Math.max(r.startsAt.getTime(), (r.endsAt?.getTime() ?? 0) - 1));
  return {
    id: r.id,
    uid: r.uid,
    module: r.module,
    recordType: r.recordType,
    recordId: r.recordId,
    groupKey: r.groupKey,
    kind: r.kind,
    title: titleIn(r, language),
    description: r.description,
    location: r.location,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    allDay: r.allDay,
    startDate: r.allDay ? localDate(r.startsAt, r.timeZone) : null,
    lastDate: r.allDay ? localDate(lastInstant, r.timeZone) : null,
    timeZone: r.timeZone,
    url: r.url,
    icsUrl: `/api/calendar/items/${r.id}.ics`,
    status: r.status,
    sequence: r.sequence,
    classification: r.classification,
  };
}

/** The items overlapping [from, to) that the user may see. */
export async function listCalendar(deps: Deps, ctx: RequestContext, q: CalendarQuery) {
  const from = bound(q.from);
  const to = bound(q.to);
  if (to <= from) throw calendarInvalidRange();
  if (to.getTime() - from.getTime() > MAX_CALENDAR_RANGE_DAYS * DAY_MS) throw calendarRangeTooLong(MAX_CALENDAR_RANGE_DAYS);
  const rows = await itemsInRange(deps.db, ctx, {
    from,
    to,
    modules: splitList(q.modules),
    groups: splitList(q.groups),
    kinds: splitList(q.kinds),
    includeCancelled: q.cancelled === 'include',
    limit: MAX_LIST_ITEMS + 1,
  });
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    items: rows.slice(0, MAX_LIST_ITEMS).map((r) => toCalendarItemDto(r, q.language ?? readerLanguage(ctx))),
    truncated: rows.length > MAX_LIST_ITEMS,
  };
}

const toIcsEvent = (base: string, r: CalendarItemRow, language: Language): IcsEvent => ({ ...r, title: titleIn(r, language), url: `${base}${r.url}` });

/** A file name for the download: the title in plain letters, or `event`. */
function fileName(title: string) {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${ascii || 'event'}.ics`;
}

/** One item as an .ics file, when the user may see it. */
export async function calendarItemIcs(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findItem(deps.db, ctx, id);
  if (!row) throw calendarItemNotFound();
  const body = buildCalendar({ name: titleIn(row, readerLanguage(ctx)), events: [toIcsEvent(feedBaseUrl(deps), row, readerLanguage(ctx))] });
  return { body, fileName: fileName(row.title) };
}

/** The subscription behind a secret address: everything its owner may see, from recent past to two years ahead. */
export async function calendarFeedIcs(deps: Deps, token: string, meta: { requestId: string | null; ip: string | null }) {
  const viewer = await resolveFeed(deps, token);
  // Unknown, revoked and disabled all look the same: there is nothing here.
  if (!viewer) throw calendarFeedNotFound();
  const ctx: RequestContext = { viewer, ...meta };
  const now = Date.now();
  const rows = await itemsInRange(deps.db, ctx, {
    from: new Date(now - FEED_PAST_DAYS * DAY_MS),
    to: new Date(now + FEED_FUTURE_DAYS * DAY_MS),
    includeCancelled: true,
    limit: FEED_MAX_ITEMS,
  });
  const base = feedBaseUrl(deps);
  return buildCalendar({
    name: text(viewer.language, 'common.calendar.feedName', { name: viewer.displayName }),
    events: rows.map((r) => toIcsEvent(base, r, viewer.language)),
    refreshMinutes: FEED_REFRESH_MINUTES,
  });
}
