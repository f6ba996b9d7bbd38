// What the dialogue module puts in the cross-module search index: engagements and gifts, visible as the record is.
import type { Executor } from '../../db/client.ts';
import type { engagements, gifts } from '../../db/schema/dialogue.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { richTextToPlain } from '../../platform/rich-text.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';

export const dialogueSearchTypes = [
  defineSearchType({ type: 'engagement', label: inEveryLanguage('dialogue.search.engagement'), path: (id) => `/dialogue/engagements/${id}` }),
  defineSearchType({ type: 'gift', label: inEveryLanguage('dialogue.search.gift'), path: (id) => `/dialogue/gifts/${id}` }),
];

export const indexEngagement = (db: Executor, e: typeof engagements.$inferSelect) =>
  indexRecord(db, {
    recordType: 'engagement',
    recordId: e.id,
    title: `${e.reference} ${e.title}`,
    subtitle: [e.startsAt.toISOString().slice(0, 10), e.place].filter(Boolean).join(' · '),
    body: [e.summary ? richTextToPlain(e.summary) : null, e.outcomes, e.topics.join(', ')].filter(Boolean).join('\n') || null,
    names: [e.reference, ...e.topics],
    access: e,
    archivedAt: e.archivedAt,
  });

export const indexGift = (db: Executor, g: typeof gifts.$inferSelect) =>
  indexRecord(db, {
    recordType: 'gift',
    recordId: g.id,
    title: `${g.reference} ${g.description.slice(0, 120)}`,
    subtitle: [g.date, g.direction].join(' · '),
    body: [g.occasion, g.circumstances, g.location].filter(Boolean).join('\n') || null,
    names: [g.reference],
    access: g,
    archivedAt: g.archivedAt,
  });
