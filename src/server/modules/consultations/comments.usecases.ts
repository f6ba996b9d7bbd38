// A consultation's thread: comments per version, mission-only notes and mentions, listed oldest first.
import { count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { commentInputSchema, commentListQuerySchema } from '../../../shared/consultations.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { consultationComments, } from '../../db/schema/consultations.table.ts';
import { mayWriteMissionNote, threadParts } from './consultations.policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { consultationArchived, missionNoteForbidden, unknownVersionRef, versionNotFound } from './consultations.errors.ts';
import { notifyMentioned } from './consultations.notifications.ts';
import { findVersion, lockConsultation, visibleConsultation } from './consultations.repository.ts';
import { checkMentions, threadPartAccess } from './mentions.ts';

type CommentRow = typeof consultationComments.$inferSelect;

const byTime: SortKey<CommentRow> = { expr: sql`${consultationComments.createdAt}`, value: (r) => r.createdAt, type: 'timestamptz' };


async function toDtos(db: Executor, rows: CommentRow[]) {
  const ids = [...new Set(rows.flatMap((r) => r.mentions))];
  const names = ids.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids)) : [];
  return rows.map((r) => ({
    id: r.id,
    versionId: r.versionId,
    missionOnly: r.missionOnly,
    body: r.body,
    mentions: r.mentions.map((id) => ({ id, displayName: names.find((n) => n.id === id)?.displayName ?? '' })),
    authorId: r.authorId,
    authorLabel: r.authorLabel,
    authorPartyCode: r.authorPartyCode,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The thread, oldest first, optionally of one version. */
export async function listComments(deps: Deps, ctx: RequestContext, id: string, q: z.output<typeof commentListQuerySchema>) {
  await visibleConsultation(deps.db, ctx, id);
  if (q.versionId && !(await findVersion(deps.db, ctx, id, q.versionId))) throw versionNotFound();
  const res = await listPage(
    { ...q, sort: 'createdAt' },
    {
      rows: () => deps.db.select().from(consultationComments),
      count: () => deps.db.select({ n: count() }).from(consultationComments),
      map: (r) => r,
      id: consultationComments.id,
      access: threadParts.sql(ctx),
      where: [eq(consultationComments.consultationId, id), q.versionId ? eq(consultationComments.versionId, q.versionId) : undefined],
      sortKeys: { createdAt: byTime },
    },
  );
  return { ...res, items: await toDtos(deps.db, res.items) };
}

/**
 * Adds a comment to the thread. Anyone who sees the consultation may write
 * while it is not archived; a mission-only note is for the mission's people.
 * Each user mentioned must be able to see the comment, and is told.
 */
export async function addComment(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof commentInputSchema>) {
  const viewer = ctx.viewer;
  const created = await deps.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, id);
    if (input.missionOnly && !mayWriteMissionNote(ctx)) throw missionNoteForbidden();
    if (c.archivedAt) throw consultationArchived();
    const version = input.versionId ? await findVersion(tx, ctx, id, input.versionId) : null;
    if (input.versionId && !version) throw unknownVersionRef();
    const access = threadPartAccess(c, { missionOnly: input.missionOnly, version });
    const mentions = await checkMentions(tx, ctx, c, access, input.mentions);
    const authorLabel = viewer?.displayName ?? ctx.system ?? 'system';
    const [row] = await tx
      .insert(consultationComments)
      .values({
        consultationId: id,
        versionId: version?.id ?? null,
        missionOnly: input.missionOnly,
        body: input.body,
        mentions,
        authorId: viewer?.id ?? null,
        authorLabel,
        authorPartyCode: viewer?.role === 'delegate' ? viewer.partyCode : null,
        createdAt: new Date(),
      })
      .returning();
    const others = mentions.filter((m) => m !== viewer?.id);
    if (others.length) await notifyMentioned(tx, c, access, { body: row.body, authorLabel }, others);
    await recordAudit(tx, ctx, {
      action: 'consultation.comment',
      recordType: 'consultation',
      recordId: id,
      changes: {
        comment: { after: { id: row.id, versionId: row.versionId, missionOnly: row.missionOnly } },
        body: { after: row.body },
        ...(mentions.length ? { mentions: { after: mentions } } : {}),
      },
    });
    return row;
  });
  const [dto] = await toDtos(deps.db, [created]);
  return dto;
}

