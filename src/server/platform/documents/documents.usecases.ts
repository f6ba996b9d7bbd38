// Creating documents and new versions, changing and archiving them, audited with the stored file.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type DocumentUploadFields, type documentUpdateSchema, documentUploadFieldsSchema } from '../../../shared/documents.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { documents, documentVersions } from '../../db/schema/documents.table.ts';
import type { ClassifiedRecord } from '../access/policy.ts';
import { diff, recordAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { restrictedToOutsider } from '../access/access.errors.ts';
import type { FieldError } from '../errors.ts';
import { updateIndexedAccess } from '../search/search-index.ts';
import { isExecutableType } from './content-type.ts';
import { accessForDocumentUpdate, accessForNewDocument, loadTarget, narrowedToRecord } from './documents.access.ts';
import { emptyFile, executableRefused, invalidUploadFields } from './documents.errors.ts';
import { getDocument, openForWrite } from './documents.read.ts';
import { missionAccounts, takeNextVersion, type VersionRow } from './documents.repository.ts';
import { indexDocument } from './documents.search.ts';
import type { ReceivedFile } from './documents.upload.ts';
import { storageFor } from './storage.ts';
import { canExtractText, scheduleTextExtraction } from './text-extraction.ts';

const FIELDS = ['title', 'recordType', 'recordId', 'classification', 'sharedParties', 'sharedOrganizations', 'restrictedTo', 'archivedAt'] as const;
type Update = z.output<typeof documentUpdateSchema>;

const accessColumns = (a: ClassifiedRecord) => ({
  classification: a.classification,
  sharedParties: a.sharedParties,
  sharedOrganizations: a.sharedOrganizations,
  restrictedTo: a.restrictedTo,
});

/** The text fields of an upload form, checked; errors name the form fields. */
export function parseUploadFields(raw: Record<string, string>): DocumentUploadFields {
  const parsed = documentUploadFieldsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors: FieldError[] = parsed.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ field: k, message: 'This field is not part of the form.' }))
      : [{ field: i.path.join('.') || 'form', message: i.message }],
  );
  throw invalidUploadFields(errors);
}

/**
 * Who may see a new document and what it is attached to, if `ctx` may upload
 * it. Runs before the file is stored (so a refused upload stores nothing) and
 * again in the transaction that records it.
 */
export async function planDocument(db: Executor, ctx: RequestContext, f: DocumentUploadFields) {
  const target = await loadTarget(db, ctx, f.recordType, f.recordId);
  const sharedWith = f.sharedParties || f.sharedOrganizations ? { parties: f.sharedParties ?? [], organizations: f.sharedOrganizations ?? [] } : undefined;
  const access = accessForNewDocument(ctx, target, { classification: f.classification, sharedWith, restrictedTo: f.restrictedTo });
  await checkRestrictedTo(db, access);
  return { target, access };
}

/** Before a new version is stored: the document exists for `ctx` and `ctx` may change it. */
export const planNewVersion = (db: Executor, ctx: RequestContext, id: string) => openForWrite(db, ctx, id, 'update');

async function checkRestrictedTo(db: Executor, access: ClassifiedRecord) {
  const found = await missionAccounts(db, access.restrictedTo);
  if (found.size !== new Set(access.restrictedTo).size)
    throw restrictedToOutsider('document');
}

function checkFile(file: ReceivedFile) {
  if (file.size === 0) throw emptyFile();
  if (isExecutableType(file.mimeType)) throw executableRefused(file.mimeType);
}

const titleFrom = (filename: string) => filename.replace(/\.[^.]{1,10}$/, '').trim().slice(0, 300) || filename.slice(0, 300);
const fileFacts = (v: VersionRow) => ({ version: v.version, filename: v.filename, mimeType: v.mimeType, size: v.size, sha256: v.sha256 });

async function insertVersion(tx: Tx, ctx: RequestContext, documentId: string, version: number, file: ReceivedFile) {
  const extractable = canExtractText(file.mimeType);
  const [row] = await tx
    .insert(documentVersions)
    .values({
      documentId,
      version,
      storageKey: file.key,
      sha256: file.sha256,
      size: file.size,
      mimeType: file.mimeType,
      filename: file.filename,
      uploadedBy: ctx.viewer?.id ?? null,
      textStatus: extractable ? 'pending' : 'none',
    })
    .returning();
  if (extractable) await scheduleTextExtraction(tx, row.id);
  return row;
}

/**
 * Records a stored file, or deletes it when it cannot be recorded: no file
 * is kept without its version row.
 */
async function recordOrDiscard<T>(deps: Deps, file: ReceivedFile, record: () => Promise<T>): Promise<T> {
  try {
    checkFile(file);
    return await record();
  } catch (e) {
    await storageFor(deps.config).delete(file.key);
    throw e;
  }
}

/** Records a new document with its first version in the caller's transaction (the file already stored), audited and indexed by title. */
export async function insertDocument(tx: Tx, ctx: RequestContext, fields: DocumentUploadFields, file: ReceivedFile) {
  checkFile(file);
  const { target, access } = await planDocument(tx, ctx, fields);
  const now = new Date();
  const [doc] = await tx
    .insert(documents)
    .values({
      ...accessColumns(access),
      title: fields.title ?? titleFrom(file.filename),
      recordType: target?.type ?? null,
      recordId: target?.id ?? null,
      currentVersion: 1,
      createdBy: ctx.viewer?.id ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const version = await insertVersion(tx, ctx, doc.id, 1, file);
  const changes = { ...diff(null, doc, FIELDS), file: { after: fileFacts(version) } };
  await recordAudit(tx, ctx, { action: 'document.create', recordType: 'document', recordId: doc.id, changes });
  // Found by its title at once; the text follows when extracted.
  await indexDocument(tx, doc, { text: '', filename: version.filename });
  return { doc, version };
}

/** A new document with its first version. */
export async function createDocument(deps: Deps, ctx: RequestContext, fields: DocumentUploadFields, file: ReceivedFile) {
  const id = await recordOrDiscard(deps, file, () => deps.db.transaction(async (tx) => (await insertDocument(tx, ctx, fields, file)).doc.id));
  return getDocument(deps, ctx, id);
}

/** A new version becomes the current one; earlier versions are kept. */
export async function addDocumentVersion(deps: Deps, ctx: RequestContext, id: string, file: ReceivedFile) {
  await recordOrDiscard(deps, file, () => deps.db.transaction(async (tx) => {
    await planNewVersion(tx, ctx, id);
    const doc = await takeNextVersion(tx, id);
    const version = await insertVersion(tx, ctx, id, doc.currentVersion, file);
    const changes = { currentVersion: { before: doc.currentVersion - 1, after: doc.currentVersion }, file: { after: fileFacts(version) } };
    await recordAudit(tx, ctx, { action: 'document.add_version', recordType: 'document', recordId: id, changes });
    // The previous text stays searchable until the new version's text is extracted.
    await indexDocument(tx, doc, { filename: version.filename });
  }));
  return getDocument(deps, ctx, id);
}

/** Renames or re-classifies a document; never looser than its record. */
export async function updateDocument(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const { doc: current, target } = await openForWrite(deps.db, ctx, id, 'update');
  const access = accessForDocumentUpdate(ctx, target, current, input);
  if (access) await checkRestrictedTo(deps.db, access);
  await deps.db.transaction(async (tx) => {
    const [after] = await tx
      .update(documents)
      .set({ ...(input.title !== undefined ? { title: input.title } : {}), ...(access ? accessColumns(access) : {}), updatedAt: new Date() })
      .where(eq(documents.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'document.update', recordType: 'document', recordId: id, changes });
    await indexDocument(tx, after);
  });
  return getDocument(deps, ctx, id);
}

/** Archive hides a document from lists and search; its files are kept and it can be restored. */
export async function setDocumentArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  const { doc: current } = await openForWrite(deps.db, ctx, id, 'archive');
  if ((current.archivedAt !== null) !== archived) {
    await deps.db.transaction(async (tx) => {
      const [after] = await tx
        .update(documents)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(eq(documents.id, id))
        .returning();
      const action = archived ? 'document.archive' : 'document.restore';
      await recordAudit(tx, ctx, { action, recordType: 'document', recordId: id, changes: diff(current, after, ['archivedAt']) });
      await indexDocument(tx, after);
    });
  }
  return getDocument(deps, ctx, id);
}

/**
 * Keeps a record's documents within its access after the record is
 * re-classified: each attachment now looser than the record is narrowed (see
 * `narrowedToRecord`). A module calls this in the transaction that changes
 * the record's access.
 */
export async function narrowAttachments(tx: Tx, ctx: RequestContext, recordType: string, recordId: string, record: ClassifiedRecord) {
  const attached = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.recordType, recordType), eq(documents.recordId, recordId)));
  for (const doc of attached) {
    const narrowed = narrowedToRecord(doc, record);
    if (!narrowed) continue;
    const [after] = await tx.update(documents).set({ ...accessColumns(narrowed), updatedAt: new Date() }).where(eq(documents.id, doc.id)).returning();
    const changes = diff(doc, after, FIELDS);
    await recordAudit(tx, ctx, { action: 'document.update', recordType: 'document', recordId: doc.id, changes: { ...changes, reason: { after: `${recordType} re-classified` } } });
    await updateIndexedAccess(tx, 'document', doc.id, accessColumns(after), after.archivedAt);
  }
}
