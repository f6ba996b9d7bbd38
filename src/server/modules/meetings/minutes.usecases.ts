// Minutes per agenda item: saving edits on the current version, corrigenda after approval, and the revisions.
import { and, desc, eq } from 'drizzle-orm';
import { agendaItems, minuteRevisions } from '../../db/schema/meetings.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { agendaItemNotFound, recordNotApproved, staleMinutes } from './meetings.errors.ts';
import { visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';
import { sanitizeRichText } from '../../platform/rich-text.ts';
import { isLocked } from './meetings.policy.ts';

type Edit = { content: string; baseVersion: number };

const actorLabel = (ctx: RequestContext) => (ctx.viewer ? ctx.viewer.displayName : (ctx.system ?? 'system'));

/**
 * Writes the minutes of one agenda item. The edit must be based on the
 * current version (someone else may have saved meanwhile: 409); every change
 * is kept as a revision, with who and when.
 */
async function writeMinutes(deps: Deps, ctx: RequestContext, meetingId: string, itemId: string, edit: Edit, corrigendum: { reason: string } | null) {
  return withMeetingForWrite(
    deps,
    ctx,
    meetingId,
    async (tx, meeting) => {
      if (corrigendum && !isLocked(meeting)) throw recordNotApproved();
      const [item] = await tx.select().from(agendaItems).where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId))).limit(1).for('update');
      if (!item) throw agendaItemNotFound();
      if (item.minutesVersion !== edit.baseVersion) throw staleMinutes(item.minutesVersion);
      const content = sanitizeRichText(edit.content);
      if (content === item.minutes && !corrigendum) return item;
      const version = item.minutesVersion + 1;
      const [after] = await tx.update(agendaItems).set({ minutes: content, minutesVersion: version, updatedAt: new Date() }).where(eq(agendaItems.id, itemId)).returning();
      await tx.insert(minuteRevisions).values({
        agendaItemId: itemId,
        version,
        content,
        changedBy: ctx.viewer?.id ?? null,
        changedByLabel: actorLabel(ctx),
        corrigendum: !!corrigendum,
        reason: corrigendum?.reason ?? null,
      });
      await recordAudit(tx, ctx, {
        action: corrigendum ? 'minutes.corrigendum' : 'minutes.update',
        recordType: 'agenda_item',
        recordId: itemId,
        changes: {
          minutes: { before: item.minutes, after: content },
          minutesVersion: { before: item.minutesVersion, after: version },
          ...(corrigendum ? { reason: { after: corrigendum.reason } } : {}),
        },
      });
      return after;
    },
    // A corrigendum is the one change an approved record accepts.
    { allowLocked: !!corrigendum },
  );
}

const toDto = (r: { id: string; meetingId: string; minutes: string; minutesVersion: number; updatedAt: Date }) => ({
  agendaItemId: r.id,
  meetingId: r.meetingId,
  content: r.minutes,
  version: r.minutesVersion,
  updatedAt: r.updatedAt.toISOString(),
});

export const saveMinutes = async (deps: Deps, ctx: RequestContext, meetingId: string, itemId: string, edit: Edit) =>
  toDto(await writeMinutes(deps, ctx, meetingId, itemId, edit, null));

/** Corrects the minutes of an approved record: the reason is required, and the change is marked and audited as a corrigendum. */
export const issueCorrigendum = async (deps: Deps, ctx: RequestContext, meetingId: string, itemId: string, edit: Edit & { reason: string }) =>
  toDto(await writeMinutes(deps, ctx, meetingId, itemId, edit, { reason: edit.reason }));

export async function getMinutes(deps: Deps, ctx: RequestContext, meetingId: string, itemId: string) {
  await visibleMeeting(deps.db, ctx, meetingId);
  const [item] = await deps.db.select().from(agendaItems).where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId))).limit(1);
  if (!item) throw agendaItemNotFound();
  return toDto(item);
}

export async function listMinuteRevisions(deps: Deps, ctx: RequestContext, meetingId: string, itemId: string) {
  await getMinutes(deps, ctx, meetingId, itemId);
  const rows = await deps.db.select().from(minuteRevisions).where(eq(minuteRevisions.agendaItemId, itemId)).orderBy(desc(minuteRevisions.version));
  const items = rows.map((r) => ({ ...r, changedAt: r.changedAt.toISOString() }));
  return { items, nextCursor: null, total: items.length };
}
