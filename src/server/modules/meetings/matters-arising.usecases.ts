// Matters arising: what earlier meetings of a body left open, and carrying it onto a meeting's agenda.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { agendaItems } from '../../db/schema/meetings.table.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { openItemsBefore, toActionItemDto } from './action-items.repository.ts';
import { appendAgendaItems, listAgenda } from './agenda.usecases.ts';
import { decisionDtos, inForceBefore } from './decisions.repository.ts';
import { actionItemNotOffered, decisionNotOffered } from './meetings.errors.ts';
import { type MeetingRow, visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';
import { decisionText } from './decisions.texts.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';

/**
 * Matters arising: what earlier meetings of the same body left open (action
 * items still open, decisions still in force) and that is not yet on this
 * meeting's agenda. Only what the user may see is offered.
 */
async function offered(db: Executor, ctx: RequestContext, meeting: MeetingRow) {
  const carried = await db
    .select({ actionItemId: agendaItems.carriedActionItemId, decisionId: agendaItems.carriedDecisionId })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  const carriedItems = new Set(carried.map((c) => c.actionItemId).filter(Boolean));
  const carriedDecisions = new Set(carried.map((c) => c.decisionId).filter(Boolean));
  const [items, decisions] = await Promise.all([openItemsBefore(db, ctx, meeting.bodyId, meeting.startsAt), inForceBefore(db, ctx, meeting.bodyId, meeting.startsAt)]);
  return {
    actionItems: items.filter((r) => !carriedItems.has(r.item.id)),
    decisions: decisions.filter((r) => !carriedDecisions.has(r.decision.id)),
  };
}

export async function getMattersArising(deps: Deps, ctx: RequestContext, meetingId: string) {
  const meeting = await visibleMeeting(deps.db, ctx, meetingId);
  const o = await offered(deps.db, ctx, meeting);
  return { actionItems: o.actionItems.map((r) => toActionItemDto(r)), decisions: await decisionDtos(deps.db, ctx, o.decisions) };
}

const excerpt = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Puts the chosen matters arising on the agenda, after the items already there, in the order given. */
export async function carryMattersArising(deps: Deps, ctx: RequestContext, meetingId: string, input: { actionItemIds: string[]; decisionIds: string[] }) {
  await withMeetingForWrite(deps, ctx, meetingId, async (tx, meeting) => {
    const o = await offered(tx, ctx, meeting);
    const items = new Map(o.actionItems.map((r) => [r.item.id, r]));
    const decisions = new Map(o.decisions.map((r) => [r.decision.id, r]));
    input.actionItemIds.forEach((id, i) => {
      if (!items.has(id)) throw actionItemNotOffered(`actionItemIds.${i}`);
    });
    input.decisionIds.forEach((id, i) => {
      if (!decisions.has(id)) throw decisionNotOffered(`decisionIds.${i}`);
    });
    const rows = [
      ...[...new Set(input.decisionIds)].map((id) => {
        const d = decisions.get(id)!.decision;
        const title = text(STORED_TEXT_LANGUAGE, 'meetings.mattersArising.decision', { code: d.code, text: excerpt(decisionText(d, ctx.viewer?.language ?? 'en')) });
        return { title, carriedDecisionId: id, links: [{ recordType: 'decision', recordId: id }] };
      }),
      ...[...new Set(input.actionItemIds)].map((id) => {
        const r = items.get(id)!;
        return { title: text(STORED_TEXT_LANGUAGE, 'meetings.mattersArising.actionItem', { title: excerpt(r.item.title) }), carriedActionItemId: id, links: [{ recordType: 'meeting', recordId: r.item.meetingId as string }] };
      }),
    ];
    if (rows.length) await appendAgendaItems(tx, ctx, meetingId, rows);
  });
  return listAgenda(deps, ctx, meetingId);
}
