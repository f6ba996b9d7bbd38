// What the events module puts in the cross-module search index: events, as visible as the event is.
import type { Executor } from '../../db/client.ts';
import type { missionEvents } from '../../db/schema/events.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';
import { translations } from '../../../shared/names.ts';

export const eventsSearchTypes = [defineSearchType({ type: 'event', label: inEveryLanguage('events.search.event'), path: (id) => `/events/${id}` })];

export const indexEvent = (db: Executor, e: typeof missionEvents.$inferSelect) =>
  indexRecord(db, {
    recordType: 'event',
    recordId: e.id,
    title: `${e.reference} ${e.names.en}`,
    subtitle: [e.venue, e.startsAt.toISOString().slice(0, 10)].filter(Boolean).join(' · '),
    body: e.description,
    names: [e.reference, ...translations(e.names)],
    access: e,
    archivedAt: e.archivedAt,
  });
