// The links API: a record's linked records both ways, and adding or removing a `related` link.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type LinkList, RELATED, type linkInputSchema, type linkListQuerySchema } from '../../../shared/links.ts';
import { recordLinks } from '../../db/schema/links.table.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { decodeKeysetCursor, encodeCursor } from '../http/cursor.ts';
import { linkForbidden, linkManagedByRecord, linkNotFound, recordNotFound, unknownRecordType } from './links.errors.ts';
import { type VisibleLink, deleteLink, linkRecords, linksOf, mayLinkFrom } from './links.ts';
import { loadRecord, recordType } from './record-types.ts';

type ListQuery = z.output<typeof linkListQuerySchema>;

/** May `ctx` remove this link: a `related` one, from a record they may change. */
function mayRemove(ctx: RequestContext, l: VisibleLink, anchorWritable: boolean) {
  if (l.link.kind !== RELATED) return false;
  return l.direction === 'outgoing' ? anchorWritable : mayLinkFrom(ctx, l.other.recordType, l.other);
}

const toDto = (l: VisibleLink, remove: boolean) => ({
  id: l.link.id,
  kind: l.link.kind,
  direction: l.direction,
  record: { recordType: l.other.recordType, recordId: l.other.id, title: l.other.title, titleRu: l.other.titleRu, path: l.other.path },
  createdAt: l.link.createdAt.toISOString(),
  abilities: { remove },
});

/**
 * The records linked to a record, both ways, that `ctx` may see, newest first.
 * A record `ctx` may not see answers 404 as if it did not exist. Links are few
 * per record and their visibility is decided per record type, so the page is
 * cut after filtering, with a `[createdAt, id]` cursor.
 */
export async function listLinks(deps: Deps, ctx: RequestContext, q: ListQuery): Promise<LinkList> {
  if (!recordType(q.recordType)) throw unknownRecordType('recordType', q.recordType);
  const found = await linksOf(deps.db, ctx, { recordType: q.recordType, recordId: q.recordId });
  if (!found) throw recordNotFound(q.recordType);
  const writable = mayLinkFrom(ctx, q.recordType, found.record);
  const after = q.cursor ? decodeKeysetCursor(q.cursor, 'timestamptz') : null;
  const rest = after
    ? found.links.filter((l) => {
        const at = l.link.createdAt.toISOString();
        return at < after[0] || (at === after[0] && l.link.id < after[1]);
      })
    : found.links;
  const page = rest.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((l) => toDto(l, mayRemove(ctx, l, writable))),
    nextCursor: rest.length > q.limit && last ? encodeCursor([last.link.createdAt.toISOString(), last.link.id]) : null,
    total: found.links.length,
    abilities: { link: writable },
  };
}

/** Links `from` to `to` as `related`; the caller must be allowed to change `from` and to see `to`. */
export async function addLink(deps: Deps, ctx: RequestContext, input: z.output<typeof linkInputSchema>) {
  const row = await deps.db.transaction((tx) => linkRecords(tx, ctx, input.from, input.to, RELATED));
  const found = await linksOf(deps.db, ctx, input.from);
  const link = found?.links.find((l) => l.link.id === row.id);
  if (!link) throw linkNotFound();
  return toDto(link, true);
}

/**
 * Removes a `related` link. A link one end of which the caller may not see is
 * not found (404); one they may see but not change is 403; a link that is part
 * of a record's own `links` field is changed on that record (409).
 */
export async function removeLink(deps: Deps, ctx: RequestContext, id: string) {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(recordLinks).where(eq(recordLinks.id, id)).for('update');
    if (!row) throw linkNotFound();
    const from = await loadRecord(tx, ctx, { recordType: row.fromType, recordId: row.fromId });
    const to = await loadRecord(tx, ctx, { recordType: row.toType, recordId: row.toId });
    if (!from || !to) throw linkNotFound();
    if (!mayLinkFrom(ctx, row.fromType, from)) throw linkForbidden();
    if (row.kind !== RELATED) throw linkManagedByRecord();
    await deleteLink(tx, ctx, row);
  });
}
