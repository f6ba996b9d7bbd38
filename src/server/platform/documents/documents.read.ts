// Reading documents as the viewer may see them, with the record they are attached to; opening one for a write.
import type { z } from 'zod';
import type { documentListQuerySchema } from '../../../shared/documents.ts';
import type { Executor } from '../../db/client.ts';
import { can } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { attachable } from './attachable.ts';
import { type AttachTarget, documentResourceFor } from './documents.access.ts';
import { toDocumentDto, toVersionDto } from './documents.dto.ts';
import { documentNotFound, documentWriteForbidden } from './documents.errors.ts';
import { type DocumentRow, currentVersionsOf, findDocument, listDocuments, userNames, versionsOf } from './documents.repository.ts';

/**
 * A document as `ctx` may see it, with the record it is attached to. When the
 * record has meanwhile become hidden from `ctx` (re-classified after the
 * document was attached), the document is hidden too.
 */
export async function openDocument(db: Executor, ctx: RequestContext, id: string): Promise<{ doc: DocumentRow; target: AttachTarget | null }> {
  const doc = await findDocument(db, ctx, id);
  if (!doc) throw documentNotFound();
  const kind = doc.recordType ? attachable(doc.recordType) : undefined;
  if (!kind || !doc.recordType || !doc.recordId) return { doc, target: null };
  const access = await kind.loadAccess(db, ctx, doc.recordId);
  if (!access) throw documentNotFound();
  return { doc, target: { type: doc.recordType, id: doc.recordId, access, externalContributors: kind.externalContributors ?? false } };
}

/** The document and its record, if `ctx` may do `action` to it. */
export async function openForWrite(db: Executor, ctx: RequestContext, id: string, action: 'update' | 'archive') {
  const opened = await openDocument(db, ctx, id);
  if (!can(ctx, action, documentResourceFor(opened.target), opened.doc)) throw documentWriteForbidden();
  return opened;
}

/** A document with all its versions, newest first. */
export async function getDocument(deps: Deps, ctx: RequestContext, id: string) {
  const { doc } = await openDocument(deps.db, ctx, id);
  const versions = await versionsOf(deps.db, doc.id);
  const names = await userNames(deps.db, versions.map((v) => v.uploadedBy));
  const current = versions.find((v) => v.version === doc.currentVersion) ?? null;
  return { ...toDocumentDto(ctx, doc, current, names), versions: versions.map((v) => toVersionDto(ctx, v, names)) };
}

/** Documents visible to `ctx`, e.g. a record's attachments; each with its current version. */
export async function searchDocuments(deps: Deps, ctx: RequestContext, q: z.output<typeof documentListQuerySchema>) {
  const kind = q.recordType && q.recordId ? attachable(q.recordType) : undefined;
  if (kind && q.recordId && !(await kind.loadAccess(deps.db, ctx, q.recordId))) return { items: [], nextCursor: null, total: 0 };
  const res = await listDocuments(deps.db, ctx, q);
  const current = await currentVersionsOf(deps.db, res.items);
  const names = await userNames(deps.db, [...current.values()].map((v) => v.uploadedBy));
  return { ...res, items: res.items.map((d) => toDocumentDto(ctx, d, current.get(d.id) ?? null, names)) };
}
