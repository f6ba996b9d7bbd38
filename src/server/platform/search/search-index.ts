// The cross-module search index: search types, and keeping a record's entry up to date.
import { and, eq, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import type { Executor } from '../../db/client.ts';
import { searchIndex } from '../../db/schema/search.table.ts';
import type { ClassifiedRecord } from '../access/policy.ts';
import { normaliseForSearch } from '../text.ts';

export type SearchType = {
  type: string;
  label: Record<Language, string>;
  /** Web path of a record of this type. */
  path(recordId: string): string;
};

const types = new Map<string, SearchType>();

/** A record type a module contributes to search; listed in the module's manifest. */
export function defineSearchType(t: SearchType) {
  return t;
}

/** Registers a search type; called by `installModules`. */
export function registerSearchType(t: SearchType) {
  types.set(t.type, t);
}
export const searchType = (type: string) => types.get(type);
export const allSearchTypes = () => [...types.values()];

export type IndexEntry = {
  recordType: string;
  recordId: string;
  title: string;
  subtitle?: string | null;
  /** Longer text: notes, a document's extracted text. */
  body?: string | null;
  /** Names in every script and other short keywords (acronyms, codes). */
  names?: (string | null | undefined)[];
  /** The record's access fields, copied so the search query filters by the same policy. */
  access: ClassifiedRecord;
  archivedAt?: Date | null;
};

/** Body text kept per item: enough for matching and snippets without bloating the index. */
const MAX_BODY = 200_000;

/** Adds or replaces a record's entry. Call it in the transaction that changes the record. */
export async function indexRecord(db: Executor, e: IndexEntry) {
  const body = (e.body ?? '').slice(0, MAX_BODY);
  const names = normaliseForSearch(e.title, ...(e.names ?? []));
  const values = {
    recordType: e.recordType,
    recordId: e.recordId,
    title: e.title,
    subtitle: e.subtitle ?? null,
    body,
    names,
    searchText: normaliseForSearch(names, e.subtitle, body),
    classification: e.access.classification,
    sharedParties: e.access.sharedParties,
    sharedOrganizations: e.access.sharedOrganizations,
    restrictedTo: e.access.restrictedTo,
    archivedAt: e.archivedAt ?? null,
    updatedAt: new Date(),
  };
  await db
    .insert(searchIndex)
    .values(values)
    .onConflictDoUpdate({ target: [searchIndex.recordType, searchIndex.recordId], set: values });
}

/** Updates only the access fields (e.g. a record re-classified) of an entry. */
export async function updateIndexedAccess(db: Executor, recordType: string, recordId: string, access: ClassifiedRecord, archivedAt: Date | null) {
  await db
    .update(searchIndex)
    .set({
      // Only the four access fields: callers may pass a whole record row.
      classification: access.classification,
      sharedParties: access.sharedParties,
      sharedOrganizations: access.sharedOrganizations,
      restrictedTo: access.restrictedTo,
      archivedAt,
      updatedAt: sql`now()`,
    })
    .where(and(eq(searchIndex.recordType, recordType), eq(searchIndex.recordId, recordId)));
}

export async function removeFromIndex(db: Executor, recordType: string, recordId: string) {
  await db.delete(searchIndex).where(and(eq(searchIndex.recordType, recordType), eq(searchIndex.recordId, recordId)));
}
