// The public listing of events: read as a visitor through the access policy, as JSON, as an HTML page and as an iCalendar feed.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import { nameIn } from '../../../shared/names.ts';
import { calendarItems } from '../../db/schema/calendar.table.ts';
import { missionEvents } from '../../db/schema/events.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { buildCalendar } from '../../platform/calendar/ics.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { text } from '../../platform/i18n/texts.ts';
import { eventLocals } from './event-times.ts';

/** Whoever asks, the public listing is read as a visitor: the policy lets through public records only. */
const visitor = (ctx: RequestContext): RequestContext => ({ viewer: null, requestId: ctx.requestId, ip: ctx.ip });

const PUBLIC_LIMIT = 500;

export async function publicEvents(deps: Deps, ctx: RequestContext, lang: Language) {
  const rows = await deps.db
    .select()
    .from(missionEvents)
    .where(and(visibleTo(visitor(ctx), missionEvents), isNull(missionEvents.archivedAt)))
    .orderBy(asc(missionEvents.startsAt), asc(missionEvents.id))
    .limit(PUBLIC_LIMIT);
  return {
    mission: text(lang, 'events.public.mission'),
    items: rows.map((r) => ({
      id: r.id,
      title: nameIn(r.names, lang),
      kind: r.kind,
      kindLabel: text(lang, `events.kind.${r.kind}`),
      ...eventLocals(r),
      timeZone: r.timeZone,
      venue: r.venue,
      status: r.status,
    })),
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The public page, rendered on the server: readable with no script and no sign-in, in English or Russian. */
export async function publicEventsPage(deps: Deps, ctx: RequestContext, lang: Language) {
  const { mission, items } = await publicEvents(deps, ctx, lang);
  const t = (key: string) => escapeHtml(text(lang, `events.public.${key}`));
  const other: Language = lang === 'ru' ? 'en' : 'ru';
  const rows = items
    .map(
      (e) =>
        `<li><article><h2>${escapeHtml(e.title)}</h2><p><time datetime="${escapeHtml(e.starts)}">${escapeHtml(e.starts.replace('T', ' '))}${e.ends && e.ends !== e.starts ? ` – ${escapeHtml(e.ends.replace('T', ' '))}` : ''}</time> (${escapeHtml(e.timeZone)})</p><p>${escapeHtml(e.kindLabel)}${e.venue ? ` · ${escapeHtml(e.venue)}` : ''}${e.status === 'cancelled' ? ` · <strong>${t('cancelled')}</strong>` : ''}</p></article></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('title')} — ${escapeHtml(mission)}</title>
<link rel="stylesheet" href="/public/events.css">
<link rel="alternate" type="text/calendar" href="/api/public/events.ics" title="${t('feed')}"></head>
<body>
<header><p>${escapeHtml(mission)}</p><h1>${t('title')}</h1><nav><a href="/public/events?lang=${other}" hreflang="${other}" lang="${other}">${escapeHtml(text(other, 'events.public.otherLanguage'))}</a> · <a href="/api/public/events.ics">${t('feed')}</a></nav></header>
<main>${items.length ? `<ul>\n${rows}\n</ul>` : `<p>${t('empty')}</p>`}</main>
</body>
</html>`;
}

/** The public feed: METHOD:PUBLISH, public events only, with each item's stable UID and SEQUENCE from the calendar. */
export async function publicEventsIcs(deps: Deps, ctx: RequestContext, baseUrl: string) {
  const rows = await deps.db
    .select()
    .from(calendarItems)
    .where(and(eq(calendarItems.module, 'events'), visibleTo(visitor(ctx), calendarItems)))
    .orderBy(asc(calendarItems.startsAt))
    .limit(PUBLIC_LIMIT);
  return buildCalendar({
    name: `${text('en', 'events.public.mission')} — ${text('en', 'events.public.title')}`,
    refreshMinutes: 360,
    events: rows.map((r) => ({
      uid: r.uid,
      sequence: r.sequence,
      status: r.status,
      title: r.title,
      description: r.description,
      location: r.location,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      allDay: r.allDay,
      timeZone: r.timeZone,
      url: `${baseUrl}/public/events`,
      classification: r.classification,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
  });
}

/** The public page's look: a readable column, the mission's name above the title (served as a file: the CSP allows no inline style). */
export const PUBLIC_EVENTS_CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:48rem;margin:0 auto;padding:1.5rem;line-height:1.5;color:#1a1b1e;background:#fff}
header p{margin:0;color:#495057}h1{margin:.25rem 0 .5rem}nav{margin-bottom:1.5rem}a{color:#1864ab}
ul{list-style:none;padding:0}li{border-top:1px solid #dee2e6;padding:.75rem 0}h2{font-size:1.15rem;margin:0 0 .25rem}article p{margin:.1rem 0;color:#343a40}`;
