// Action items: listing, reading, creating and changing them, locked once the meeting's record is approved.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { actionItemInputSchema, actionItemListQuerySchema, actionItemUpdateSchema } from '../../../shared/meetings.ts';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { actionItems } from '../../db/schema/meetings.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkOrganizations, checkPartyCodes, checkPeople } from '../directory/directory.api.ts';
import { findActionItem, itemsOfMeeting, listActionItems, toActionItemDto } from './action-items.repository.ts';
import { scheduleReminder } from './action-items.reminders.ts';
import { findDecision } from './decisions.repository.ts';
import { syncActionItemCalendar } from './meetings.calendar.ts';
import { actionItemNotFound, actionItemUnknownDecision, ownerNotStaff, ownerRequired, recordLocked } from './meetings.errors.ts';
import { changedKeys, type MeetingRow, visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { isLocked } from './meetings.policy.ts';
import { checkFollowUpOwners, syncFollowUpCalendar, withFollowUpForWrite } from './follow-ups.ts';

/** A follow-up of another record: its fields change as its record's writers decide (no decision or approval lock applies). */
async function updateFollowUp(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withFollowUpForWrite(deps, ctx, id, async (tx, current) => {
    const { decisionId: _d, ...defined } = definedOnly(input);
    await checkFollowUpOwners(tx, ctx, { ...current, ...defined });
    const completedAt = defined.status === undefined || defined.status === current.status ? current.completedAt : defined.status === 'open' ? null : new Date();
    const [after] = await tx.update(actionItems).set({ ...defined, completedAt, updatedAt: new Date() }).where(eq(actionItems.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'action_item.update', recordType: 'action_item', recordId: id, changes });
    await scheduleReminder(tx, after);
    await syncFollowUpCalendar(tx, after);
  });
}

type Input = z.output<typeof actionItemInputSchema>;
type Update = z.output<typeof actionItemUpdateSchema>;
const FIELDS = ['title', 'ownerPartyCode', 'ownerOrganizationId', 'ownerPersonId', 'ownerUserId', 'dueDate', 'status', 'decisionId', 'completedAt'] as const;

export const searchActionItems = (deps: Deps, ctx: RequestContext, q: z.output<typeof actionItemListQuerySchema>) => listActionItems(deps.db, ctx, q);

export async function getActionItem(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findActionItem(deps.db, ctx, id);
  if (!row) throw actionItemNotFound();
  return toActionItemDto(row);
}

export async function listMeetingActionItems(deps: Deps, ctx: RequestContext, meetingId: string) {
  await visibleMeeting(deps.db, ctx, meetingId);
  const items = (await itemsOfMeeting(deps.db, ctx, meetingId)).map((r) => toActionItemDto(r));
  return { items, nextCursor: null, total: items.length };
}

async function checkItem(tx: Tx, ctx: RequestContext, meeting: MeetingRow, v: Update) {
  await checkPartyCodes(tx, [v.ownerPartyCode], 'ownerPartyCode');
  await checkOrganizations(tx, ctx, [v.ownerOrganizationId], 'ownerOrganizationId');
  await checkPeople(tx, ctx, [v.ownerPersonId], 'ownerPersonId');
  if (v.ownerUserId) {
    const found = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, [v.ownerUserId]), sql`${users.role} in ('admin','head','staff')`));
    if (!found.length) throw ownerNotStaff();
  }
  if (v.decisionId) {
    const d = await findDecision(tx, ctx, v.decisionId);
    if (!d || d.meeting.bodyId !== meeting.bodyId) throw actionItemUnknownDecision();
  }
}

const hasOwner = (v: Update) => !!(v.ownerPartyCode || v.ownerOrganizationId || v.ownerPersonId || v.ownerUserId);

async function afterWrite(tx: Tx, row: typeof actionItems.$inferSelect, meeting: MeetingRow) {
  await scheduleReminder(tx, row);
  await syncActionItemCalendar(tx, row, meeting);
}

export async function createActionItem(deps: Deps, ctx: RequestContext, meetingId: string, input: Input) {
  if (!hasOwner(input)) throw ownerRequired();
  const id = await withMeetingForWrite(deps, ctx, meetingId, async (tx, meeting) => {
    await checkItem(tx, ctx, meeting, input);
    const [row] = await tx
      .insert(actionItems)
      .values({
        meetingId,
        bodyId: meeting.bodyId,
        decisionId: input.decisionId ?? null,
        title: input.title,
        ownerPartyCode: input.ownerPartyCode ?? null,
        ownerOrganizationId: input.ownerOrganizationId ?? null,
        ownerPersonId: input.ownerPersonId ?? null,
        ownerUserId: input.ownerUserId ?? null,
        dueDate: input.dueDate ?? null,
        status: input.status,
        completedAt: input.status === 'open' ? null : new Date(),
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'action_item.create', recordType: 'action_item', recordId: row.id, changes: { meetingId: { after: meetingId }, ...diff(null, row, FIELDS) } });
    await afterWrite(tx, row, meeting);
    return row.id;
  });
  return getActionItem(deps, ctx, id);
}

/**
 * Changes the fields sent. Once the meeting's record is approved, what was
 * agreed (the item, its owner, its due date) is fixed, but its progress
 * (open, done, dropped) is still followed up.
 */
export async function updateActionItem(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const found = await findActionItem(deps.db, ctx, id);
  if (!found) throw actionItemNotFound();
  if (!found.item.meetingId) {
    await updateFollowUp(deps, ctx, id, input);
    return getActionItem(deps, ctx, id);
  }
  await withMeetingForWrite(
    deps,
    ctx,
    found.item.meetingId,
    async (tx, meeting) => {
      const defined = definedOnly(input);
      const [current] = await tx.select().from(actionItems).where(eq(actionItems.id, id)).for('update');
      if (isLocked(meeting) && changedKeys(current, defined).some((k) => k !== 'status')) throw recordLocked();
      if (!hasOwner({ ...current, ...defined })) throw ownerRequired();
      await checkItem(tx, ctx, meeting, input);
      const completedAt = defined.status === undefined || defined.status === current.status ? current.completedAt : defined.status === 'open' ? null : new Date();
      const [after] = await tx.update(actionItems).set({ ...defined, completedAt, updatedAt: new Date() }).where(eq(actionItems.id, id)).returning();
      const changes = diff(current, after, FIELDS);
      if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'action_item.update', recordType: 'action_item', recordId: id, changes });
      await afterWrite(tx, after, meeting);
    },
    { allowLocked: true },
  );
  return getActionItem(deps, ctx, id);
}
