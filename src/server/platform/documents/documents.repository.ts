// Queries on documents and their versions, each scoped by the access policy.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { documentListQuerySchema } from '../../../shared/documents.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { documents, documentVersions } from '../../db/schema/documents.table.ts';
import { searchIndex } from '../../db/schema/search.table.ts';
import { visibleTo } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import { listRecords, type SortKey } from '../records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../text.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;

const sortKeys: Record<'title' | 'updatedAt', SortKey<DocumentRow>> = {
  title: { expr: sql`lower(${documents.title})`, value: (r) => r.title, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${documents.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

/** Reads take the viewer: a document they may not see is not found. */
export async function findDocument(db: Executor, ctx: RequestContext, id: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), visibleTo(ctx, documents)))
    .limit(1);
  return row ?? null;
}

export async function listDocuments(db: Executor, ctx: RequestContext, q: z.output<typeof documentListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return listRecords(db, ctx, documents, q, {
    where: [
      q.recordType ? eq(documents.recordType, q.recordType) : undefined,
      q.recordId ? eq(documents.recordId, q.recordId) : undefined,
      // The title and the extracted text, as the search index holds them (accents folded, any script).
      term
        ? sql`exists (select 1 from ${searchIndex} where ${searchIndex.recordType} = 'document'
      and ${searchIndex.recordId} = ${documents.id}::text and ${searchIndex.searchText} like ${containsPattern(term)})`
        : undefined,
    ],
    sortKeys,
  });
}

/** Every version of a document, newest first. */
export const versionsOf = (db: Executor, documentId: string) =>
  db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(sql`${documentVersions.version} desc`);

/** The current version of each of the given documents. */
export async function currentVersionsOf(db: Executor, rows: DocumentRow[]): Promise<Map<string, VersionRow>> {
  const out = new Map<string, VersionRow>();
  if (rows.length === 0) return out;
  const found = await db
    .select({ v: documentVersions })
    .from(documentVersions)
    .innerJoin(documents, and(eq(documents.id, documentVersions.documentId), eq(documents.currentVersion, documentVersions.version)))
    .where(inArray(documentVersions.documentId, rows.map((r) => r.id)));
  for (const { v } of found) out.set(v.documentId, v);
  return out;
}

export async function findVersion(db: Executor, documentId: string, version: number): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    .limit(1);
  return row ?? null;
}

export async function findVersionById(db: Executor, id: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(documentVersions).where(eq(documentVersions.id, id)).limit(1);
  return row ?? null;
}

/** Display names of uploaders. */
export async function userNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Mission accounts among `ids`: a restricted document can be opened only to them. */
export async function missionAccounts(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), sql`${users.role} in ('admin', 'head', 'staff')`));
  return new Set(rows.map((r) => r.id));
}

/**
 * Takes the next version number, locking the document row until the
 * transaction ends so concurrent uploads number their versions in turn.
 */
export async function takeNextVersion(db: Executor, id: string): Promise<DocumentRow> {
  const [row] = await db
    .update(documents)
    .set({ currentVersion: sql`${documents.currentVersion} + 1`, updatedAt: new Date() })
    .where(eq(documents.id, id))
    .returning();
  return row;
}

/** What the search index holds for a document: its extracted text and subtitle (kept when only the title or access changes). */
export async function indexedContent(db: Executor, documentId: string): Promise<{ body: string; subtitle: string | null }> {
  const [row] = await db
    .select({ body: searchIndex.body, subtitle: searchIndex.subtitle })
    .from(searchIndex)
    .where(and(eq(searchIndex.recordType, 'document'), eq(searchIndex.recordId, documentId)))
    .limit(1);
  return row ?? { body: '', subtitle: null };
}
