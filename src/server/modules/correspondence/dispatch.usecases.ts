// Dispatching an approved outgoing item: its PDF kept as a document, one e-mail per addressee through the outbox with the PDF attached, or a delivery by hand or courier; every dispatch recorded.
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { dispatchInputSchema } from '../../../shared/correspondence.ts';
import type { Tx } from '../../db/client.ts';
import { correspondence, correspondenceDispatches } from '../../db/schema/correspondence.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { insertDocument } from '../../platform/documents/documents.usecases.ts';
import { storageFor } from '../../platform/documents/storage.ts';
import { text } from '../../platform/i18n/texts.ts';
import { queueMail } from '../../platform/notifications/mail.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { correspondenceNotFound, noEmailAddress, notApproved, notOutgoing } from './correspondence.errors.ts';
import { addresseesOf, dispatchesOf, findCorrespondence } from './correspondence.repository.ts';
import { organizationRefs } from '../directory/directory.api.ts';
import { afterWrite, correspondenceRecord, getCorrespondence } from './correspondence.usecases.ts';
import { letterOf } from './generate.usecases.ts';
import { renderLetterPdf } from './letter.pdf.ts';

type DispatchInput = z.output<typeof dispatchInputSchema>;

const checkDispatchable = (row: { direction: string; status: string }) => {
  if (row.direction !== 'outgoing') throw notOutgoing();
  if (row.status !== 'approved') throw notApproved();
};

/**
 * Dispatches an outgoing item the head has approved (409 otherwise). The PDF
 * is generated and stored first; the document, the dispatch rows, the queued
 * e-mails (sent by the outbox's job after the commit) and the status change
 * are written in one transaction, and the stored file is removed if that fails.
 */
export async function dispatchCorrespondence(deps: Deps, ctx: RequestContext, id: string, input: DispatchInput) {
  const row = await findCorrespondence(deps.db, ctx, id);
  if (!row) throw correspondenceNotFound();
  checkDispatchable(row);
  const addressees = (await addresseesOf(deps.db, [id])).get(id) ?? [];
  if (input.mode === 'email') addressees.forEach((a, i) => {
    if (!a.email) throw noEmailAddress(i);
  });
  const letter = await letterOf(deps.db, ctx, row);
  const pdf = await renderLetterPdf(letter);
  const storage = storageFor(deps.config);
  const stored = await storage.put(Readable.from(pdf));
  const filename = `${row.registerNumber.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`;
  try {
    await withRecordForWrite(deps, ctx, correspondenceRecord, id, 'update', async (tx, current) => {
      checkDispatchable(current);
      const { doc } = await insertDocument(tx, ctx, { recordType: 'correspondence', recordId: id, title: `${current.registerNumber} ${current.subject}` }, { ...stored, mimeType: 'application/pdf', filename });
      const by = ctx.viewer?.id ?? null;
      if (input.mode === 'email') {
        for (const a of addressees) {
          const outboxId = await queueMail(tx, {
            userId: null,
            toAddress: a.email!,
            language: current.language,
            subject: `${current.registerNumber} — ${current.subject}`,
            textBody: text(current.language, 'correspondence.mail.body', { number: current.registerNumber, subject: current.subject }),
            attachments: [{ storageKey: stored.key, filename, mimeType: 'application/pdf' }],
          });
          await tx.insert(correspondenceDispatches).values({ correspondenceId: id, mode: 'email', organizationId: a.organizationId, toAddress: a.email, outboxId, note: input.note ?? null, byUserId: by });
        }
      } else {
        await tx.insert(correspondenceDispatches).values({ correspondenceId: id, mode: input.mode, organizationId: null, toAddress: null, outboxId: null, note: input.note ?? null, byUserId: by });
      }
      const [after] = await tx.update(correspondence).set({ status: 'dispatched', pdfDocumentId: doc.id, updatedAt: new Date() }).where(eq(correspondence.id, id)).returning();
      await recordAudit(tx, ctx, {
        action: 'correspondence.dispatch',
        recordType: 'correspondence',
        recordId: id,
        changes: { ...diff(current, after, ['status', 'pdfDocumentId']), dispatch: { after: { mode: input.mode, to: input.mode === 'email' ? addressees.map((a) => a.email) : [], note: input.note ?? null } } },
      });
      // Dispatching a reply answers the incoming item it replies to.
      if (current.inReplyToId) await markAnswered(tx, ctx, current.inReplyToId);
      await afterWrite(tx, ctx, after);
    });
  } catch (e) {
    await storage.delete(stored.key);
    throw e;
  }
  return getCorrespondence(deps, ctx, id);
}

/** An open incoming item whose answer went out becomes answered (audited). */
async function markAnswered(tx: Tx, ctx: RequestContext, id: string) {
  const [parent] = await tx.select().from(correspondence).where(eq(correspondence.id, id)).for('update');
  if (parent?.direction !== 'incoming' || !['registered', 'assigned'].includes(parent.status)) return;
  const [after] = await tx.update(correspondence).set({ status: 'answered', updatedAt: new Date() }).where(eq(correspondence.id, id)).returning();
  await recordAudit(tx, ctx, { action: 'correspondence.status', recordType: 'correspondence', recordId: id, changes: diff(parent, after, ['status']) });
  await afterWrite(tx, ctx, after);
}

/** The dispatches of an item the reader may see, in order. */
export async function listDispatches(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await findCorrespondence(deps.db, ctx, id))) throw correspondenceNotFound();
  const rows = await dispatchesOf(deps.db, id);
  const orgs = await organizationRefs(deps.db, ctx, rows.map((r) => r.d.organizationId));
  return {
    items: rows.map(({ d, byName }) => {
      const o = d.organizationId ? orgs.get(d.organizationId) : undefined;
      return { id: d.id, mode: d.mode, organizationId: o ? d.organizationId : null, organization: o ? (o.acronym ?? o.names.en) : null, toAddress: d.toAddress, outboxId: d.outboxId, note: d.note, at: d.at.toISOString(), byName };
    }),
  };
}
