// The meetings module's record types, for links and attachments (platform/records/record-types.ts).
import { nameInSql } from '../../db/columns.ts';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { actionItems, agendaItems, bodies, bodyCoordinators, decisions, meetings, workPlanLines } from '../../db/schema/meetings.table.ts';
import type { AuditedPart } from '../../platform/audit/audit-scope.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { accessColumns, accessOf, classifiedRecordType, defineRecordType, type RecordType } from '../../platform/records/record-types.ts';
import { bodyResource, meetingResource } from './meetings.policy.ts';

/** Documents (a draft summary record, a press release) attach to meetings and bodies; only the mission attaches and links them. */
const bodyType = classifiedRecordType({ type: 'body', table: bodies, title: bodies.nameEn, titleRu: nameInSql(bodies.names, 'ru'), path: (id) => `/bodies/${id}`, policy: bodyResource, attachable: true });
const meetingType = classifiedRecordType({ type: 'meeting', table: meetings, title: meetings.title, titleRu: meetings.titleRu, path: (id) => `/meetings/${id}`, policy: meetingResource, attachable: true });

/** Parts of a meeting are visible, and writable, exactly as their meeting is; each opens on its meeting's page. */
function partOfMeeting(type: string, table: typeof decisions | typeof agendaItems | typeof actionItems, title: SQL<string>, path: (id: string, meetingId: string) => string): RecordType {
  return defineRecordType({
    type,
    policy: meetingResource,
    hiddenFrom: (ctx, id) =>
      sql`exists (select 1 from ${table} join ${meetings} on ${meetings.id} = ${table.meetingId} where ${table.id} = ${id} and not (${visibleTo(ctx, meetings)}))`,
    async load(db, ctx, ids) {
      const rows = await db
        .select({ id: table.id, meetingId: table.meetingId, title, ...accessColumns(meetings) })
        .from(table as typeof decisions)
        .innerJoin(meetings, and(eq(meetings.id, table.meetingId), visibleTo(ctx, meetings)))
        .where(inArray(table.id, ids));
      return rows.map((r) => ({ id: r.id, title: r.title, titleRu: null, path: path(r.id, r.meetingId), access: accessOf(r) }));
    },
  });
}

// A decision is named as in search: its code and the start of its text.
const decisionType = partOfMeeting('decision', decisions, sql<string>`${decisions.code} || ' ' || case when ${decisions.adoption} is not null then ${decisions.adoption}->>'title' when length(${decisions.text}) > 120 then left(${decisions.text}, 117) || '…' else ${decisions.text} end`, (id) => `/decisions/${id}`);
const agendaItemType = partOfMeeting('agenda_item', agendaItems, sql<string>`${agendaItems.title}`, (_id, meetingId) => `/meetings/${meetingId}?tab=agenda`);
const actionItemOfMeeting = partOfMeeting('action_item', actionItems, sql<string>`${actionItems.title}`, (id) => `/action-items/${id}`);

/** An action item is part of its meeting; a follow-up of another record carries that record's access. */
const actionItemType = defineRecordType({
  type: 'action_item',
  policy: meetingResource,
  hiddenFrom: (ctx, id) =>
    sql`(${actionItemOfMeeting.hiddenFrom!(ctx, id)} or exists (select 1 from ${actionItems} where ${actionItems.id} = ${id} and ${actionItems.meetingId} is null and not (${visibleTo(ctx, actionItems)})))`,
  async load(db, ctx, ids) {
    const ofMeetings = await actionItemOfMeeting.load(db, ctx, ids);
    const followUps = await db
      .select({ id: actionItems.id, title: actionItems.title, ...accessColumns(actionItems) })
      .from(actionItems)
      .where(and(inArray(actionItems.id, ids), sql`${actionItems.meetingId} is null`, visibleTo(ctx, actionItems)));
    return [...ofMeetings, ...followUps.map((r) => ({ id: r.id, title: r.title, titleRu: null, path: `/action-items/${r.id}`, access: accessOf(r) }))];
  },
});

/** A work plan line is part of its body: visible and writable as the body is. */
const workPlanLineType = defineRecordType({
  type: 'work_plan_line',
  policy: bodyResource,
  hiddenFrom: (ctx, id) =>
    sql`exists (select 1 from ${workPlanLines} join ${bodies} on ${bodies.id} = ${workPlanLines.bodyId} where ${workPlanLines.id} = ${id} and not (${visibleTo(ctx, bodies)}))`,
  async load(db, ctx, ids) {
    const rows = await db
      .select({
        id: workPlanLines.id,
        code: workPlanLines.code,
        title: workPlanLines.title,
        bodyId: workPlanLines.bodyId,
        ...accessColumns(bodies),
      })
      .from(workPlanLines)
      .innerJoin(bodies, and(eq(bodies.id, workPlanLines.bodyId), visibleTo(ctx, bodies)))
      .where(inArray(workPlanLines.id, ids));
    return rows.map((r) => ({ id: r.id, title: `${r.code} ${r.title}`, titleRu: null, path: `/bodies/${r.bodyId}`, access: accessOf(r) }));
  },
});

/** The meetings module's record types, for its manifest. */
export const meetingsRecordTypes = [bodyType, meetingType, decisionType, agendaItemType, actionItemType, workPlanLineType];

/** A body's coordinator is audited as hidden exactly when its body is. */
export const meetingsAuditedParts: AuditedPart[] = [
  {
    type: 'body_coordinator',
    hiddenFrom: (ctx, id) =>
      sql`exists (select 1 from ${bodyCoordinators} join ${bodies} on ${bodies.id} = ${bodyCoordinators.bodyId} where ${bodyCoordinators.id} = ${id} and not (${visibleTo(ctx, bodies)}))`,
  },
];
