// What consultations put in the cross-module search index: the title and the current circulated text.
import { desc, and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { consultationVersions } from '../../db/schema/consultations.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';
import { richTextToPlain } from '../../platform/rich-text.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/** The record types this module contributes to search. */
export const consultationSearchTypes = [
  defineSearchType({ type: 'consultation', label: inEveryLanguage('consultations.search.consultation'), path: (id) => `/consultations/${id}` }),
];

/**
 * A consultation is found by its title (in both languages), its reference and
 * the text of its current circulated version (a draft text is not indexed, so
 * nothing of it reaches a delegation through search). The entry carries the
 * record's access, so a party not on the list finds nothing.
 */
export async function indexConsultation(db: Executor, c: ConsultationRow) {
  const [current] = await db
    .select({ content: consultationVersions.content, number: consultationVersions.number })
    .from(consultationVersions)
    .where(and(eq(consultationVersions.consultationId, c.id), isNotNull(consultationVersions.circulatedAt)))
    .orderBy(desc(consultationVersions.number))
    .limit(1);
  await indexRecord(db, {
    recordType: 'consultation',
    recordId: c.id,
    title: c.title,
    // Nothing here changes with the status, so an outcome needs no re-indexing.
    subtitle: c.reference,
    body: current ? richTextToPlain(current.content) : null,
    names: [c.titleRu, c.reference],
    access: c,
    archivedAt: c.archivedAt,
  });
}
