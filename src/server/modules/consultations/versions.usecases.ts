// Versions of a consultation's text: drafting, editing and circulating them to the distribution list.
import { syncConsultationCalendar } from './consultations.calendar.ts';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { versionInputSchema, versionUpdateSchema } from '../../../shared/consultations.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { consultationVersions, consultations } from '../../db/schema/consultations.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { sanitizeRichText } from '../../platform/rich-text.ts';
import {
  consultationArchived,
  consultationDecided,
  deadlineInPast,
  deadlineRequired,
  draftVersionExists,
  partiesRequired,
  silenceRunning,
  versionCirculated,
  versionNotFound,
} from './consultations.errors.ts';
import { notifyCirculated, zonedLabel } from './consultations.notifications.ts';
import { acknowledgements } from './positions.repository.ts';
import { versionParts } from './consultations.policy.ts';
import { findVersion, latestProcedures, lockForManaging, visibleConsultation } from './consultations.repository.ts';
import { type ConsultationRow, isDecided } from './consultations.rules.ts';
import { indexConsultation } from './consultations.search.ts';
import { syncDeadlineJobs } from './deadline.jobs.ts';

type VersionRow = typeof consultationVersions.$inferSelect;

const toVersionHead = (v: VersionRow) => ({
  id: v.id,
  consultationId: v.consultationId,
  number: v.number,
  note: v.note,
  circulatedAt: v.circulatedAt?.toISOString() ?? null,
  circulatedBy: v.circulatedBy,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

/** Acknowledgements of a version, as far as the viewer may see them (the same rule as positions). */
async function visibleAcknowledgements(db: Executor, ctx: RequestContext, c: ConsultationRow, versionId: string) {
  const rows = await acknowledgements(db, ctx, c, versionId);
  return rows.map(({ ack }) => ({ partyCode: ack.partyCode, at: ack.at.toISOString(), userLabel: ack.userLabel }));
}

/** The versions the viewer may see, oldest first, without their text (delegations see circulated ones only). */
export async function listVersions(deps: Deps, ctx: RequestContext, id: string) {
  await visibleConsultation(deps.db, ctx, id);
  const rows = await deps.db
    .select()
    .from(consultationVersions)
    .where(and(eq(consultationVersions.consultationId, id), versionParts.sql(ctx)))
    .orderBy(asc(consultationVersions.number));
  return { items: rows.map(toVersionHead) };
}

export async function getVersion(deps: Deps, ctx: RequestContext, id: string, versionId: string) {
  const c = await visibleConsultation(deps.db, ctx, id);
  const v = await findVersion(deps.db, ctx, id, versionId);
  if (!v) throw versionNotFound();
  return { ...toVersionHead(v), content: v.content, acknowledgements: await visibleAcknowledgements(deps.db, ctx, c, v.id) };
}

async function lockVersion(tx: Tx, consultationId: string, versionId: string) {
  const [v] = await tx
    .select()
    .from(consultationVersions)
    .where(and(eq(consultationVersions.id, versionId), eq(consultationVersions.consultationId, consultationId)))
    .limit(1)
    .for('update');
  if (!v) throw versionNotFound();
  return v;
}

/** A new draft version, copying the latest text unless one is given. Only one draft at a time. */
export async function createVersion(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof versionInputSchema>) {
  const versionId = await deps.db.transaction(async (tx) => {
    const c = await lockForManaging(tx, ctx, id);
    if (c.archivedAt) throw consultationArchived();
    if (isDecided(c)) throw consultationDecided(c.status);
    const all = await tx.select().from(consultationVersions).where(eq(consultationVersions.consultationId, id)).orderBy(desc(consultationVersions.number));
    if (all.some((v) => v.circulatedAt === null)) throw draftVersionExists();
    const latest = all[0];
    const now = new Date();
    const [v] = await tx
      .insert(consultationVersions)
      .values({
        consultationId: id,
        number: (latest?.number ?? 0) + 1,
        content: input.content !== undefined ? sanitizeRichText(input.content) : (latest?.content ?? ''),
        note: input.note,
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.update(consultations).set({ updatedAt: now }).where(eq(consultations.id, id));
    await recordAudit(tx, ctx, {
      action: 'consultation.version_create',
      recordType: 'consultation',
      recordId: id,
      changes: { version: { after: { id: v.id, number: v.number } }, content: { after: v.content }, note: { after: v.note } },
    });
    return v.id;
  });
  return getVersion(deps, ctx, id, versionId);
}

/** Edits a draft version; a circulated version never changes (409). */
export async function updateVersion(deps: Deps, ctx: RequestContext, id: string, versionId: string, input: z.output<typeof versionUpdateSchema>) {
  await deps.db.transaction(async (tx) => {
    await lockForManaging(tx, ctx, id);
    const v = await lockVersion(tx, id, versionId);
    if (v.circulatedAt) throw versionCirculated();
    const content = input.content !== undefined ? sanitizeRichText(input.content) : v.content;
    const note = input.note !== undefined ? input.note : v.note;
    if (content === v.content && note === v.note) return;
    const now = new Date();
    await tx.update(consultationVersions).set({ content, note, updatedAt: now }).where(eq(consultationVersions.id, versionId));
    await tx.update(consultations).set({ updatedAt: now }).where(eq(consultations.id, id));
    const changes: Record<string, { before?: unknown; after?: unknown }> = { version: { before: { id: v.id, number: v.number }, after: { id: v.id, number: v.number } } };
    if (content !== v.content) changes.content = { before: v.content, after: content };
    if (note !== v.note) changes.note = { before: v.note, after: note };
    await recordAudit(tx, ctx, { action: 'consultation.version_update', recordType: 'consultation', recordId: id, changes });
  });
  return getVersion(deps, ctx, id, versionId);
}

/**
 * Circulates a draft version to the distribution list: from then on it never
 * changes. A draft consultation opens and becomes shared with the list; every
 * delegation and organisation on it is told.
 */
export async function circulateVersion(deps: Deps, ctx: RequestContext, id: string, versionId: string) {
  await deps.db.transaction(async (tx) => {
    const c = await lockForManaging(tx, ctx, id);
    const v = await lockVersion(tx, id, versionId);
    if (v.circulatedAt) throw versionCirculated();
    if (c.archivedAt) throw consultationArchived();
    if (isDecided(c)) throw consultationDecided(c.status);
    const procedure = (await latestProcedures(tx, [id])).get(id);
    if (procedure?.status === 'running') throw silenceRunning();
    if (c.sharedParties.length === 0) throw partiesRequired();
    const now = new Date();
    if (c.method !== 'silence') {
      if (!c.deadline) throw deadlineRequired(c.method);
      if (c.deadline <= now) throw deadlineInPast();
    }
    await tx.update(consultationVersions).set({ circulatedAt: now, circulatedBy: ctx.viewer?.id ?? null, updatedAt: now }).where(eq(consultationVersions.id, versionId));
    const [after] = await tx
      .update(consultations)
      .set({ status: c.status === 'draft' ? 'open' : c.status, classification: 'shared', restrictedTo: [], updatedAt: now })
      .where(eq(consultations.id, id))
      .returning();
    await indexConsultation(tx, after);
    const closing = after.status === 'open' && c.method !== 'silence' ? after.deadline : null;
    await notifyCirculated(tx, after, v, closing ? zonedLabel(closing, after.timeZone) : null, { parties: after.sharedParties, organizations: after.sharedOrganizations });
    await syncDeadlineJobs(tx, after);
    await syncConsultationCalendar(tx, after.id);
    const changes: Record<string, { before?: unknown; after?: unknown }> = {
      version: { after: { id: v.id, number: v.number } },
      circulatedAt: { after: now.toISOString() },
    };
    if (after.status !== c.status) changes.status = { before: c.status, after: after.status };
    if (after.classification !== c.classification) changes.classification = { before: c.classification, after: after.classification };
    await recordAudit(tx, ctx, { action: 'consultation.circulate', recordType: 'consultation', recordId: id, changes });
  });
  return getVersion(deps, ctx, id, versionId);
}
