// What the meetings module puts in the cross-module search index: bodies, meetings and decisions.
import { translations } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import type { bodies, decisions, meetings } from '../../db/schema/meetings.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord, updateIndexedAccess } from '../../platform/search/search-index.ts';
import { LANGUAGES } from '../../../shared/common.ts';
import { decisionText } from './decisions.texts.ts';

/** The record types this module contributes to search. */
export const meetingsSearchTypes = [
  defineSearchType({ type: 'body', label: inEveryLanguage('meetings.search.body'), path: (id) => `/bodies/${id}` }),
  defineSearchType({ type: 'meeting', label: inEveryLanguage('meetings.search.meeting'), path: (id) => `/meetings/${id}` }),
  defineSearchType({ type: 'decision', label: inEveryLanguage('meetings.search.decision'), path: (id) => `/decisions/${id}` }),
];

export const indexBody = (db: Executor, b: typeof bodies.$inferSelect) =>
  indexRecord(db, {
    recordType: 'body',
    recordId: b.id,
    title: b.names.en,
    subtitle: [b.acronym, ...translations(b.names)].filter(Boolean).join(' · ') || null,
    body: b.notes,
    names: [...translations(b.names), b.acronym, b.decisionPrefix],
    access: b,
    archivedAt: b.archivedAt,
  });

export const indexMeeting = (db: Executor, m: typeof meetings.$inferSelect, bodyAcronym: string | null) =>
  indexRecord(db, {
    recordType: 'meeting',
    recordId: m.id,
    title: m.title,
    subtitle: [bodyAcronym, localDate(m.startsAt, m.timeZone), m.venue].filter(Boolean).join(' · '),
    names: [m.titleRu, bodyAcronym],
    access: m,
    archivedAt: m.archivedAt,
  });

/** A decision is found by its code and its text; it is visible exactly as its meeting is. */
export const indexDecision = (db: Executor, d: typeof decisions.$inferSelect, meeting: ClassifiedRecord & { title: string; archivedAt: Date | null }) => {
  const text = decisionText(d, 'en');
  return indexRecord(db, {
    recordType: 'decision',
    recordId: d.id,
    title: `${d.code} ${text.length > 120 ? `${text.slice(0, 117)}…` : text}`,
    subtitle: [meeting.title, d.status === 'superseded' ? 'superseded' : null].filter(Boolean).join(' · '),
    // An adopted text is found by its wording in every language.
    body: d.adoption ? LANGUAGES.map((lang) => decisionText(d, lang)).join('\n') : d.text,
    names: [d.code],
    access: meeting,
    archivedAt: meeting.archivedAt,
  });
};

export const reindexDecisionAccess = (db: Executor, decisionId: string, meeting: ClassifiedRecord & { archivedAt: Date | null }) =>
  updateIndexedAccess(db, 'decision', decisionId, meeting, meeting.archivedAt);
