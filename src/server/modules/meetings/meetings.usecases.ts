// Meetings: reading, searching, creating, changing and archiving them; an approved record keeps its facts.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { meetingInputSchema, meetingListQuerySchema, meetingUpdateSchema } from '../../../shared/meetings.ts';
import { decisions, meetings } from '../../db/schema/meetings.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { resolveTimeZone } from '../../platform/calendar/time-zones.ts';
import { asSystem, type RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { findBody } from './bodies.repository.ts';
import {
  invalidPeriod,
  invalidTimeZone,
  meetingNotFound,
  meetingNumberFixed,
  meetingNumberTaken,
  meetingUnknownBody,
  recordLocked,
} from './meetings.errors.ts';
import { notifyMeetingShared } from './meetings.notifications.ts';
import { isLocked, meetingResource } from './meetings.policy.ts';
import { type MeetingWithBody, changedKeys, findMeeting, listMeetings, numberTaken, withMeetingForWrite } from './meetings.repository.ts';
import { nextStatuses } from './meetings.status.ts';
import { syncMeetingViews } from './meetings.views.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { applyArchived } from '../../platform/records/write.ts';

type Input = z.output<typeof meetingInputSchema>;
type Update = z.output<typeof meetingUpdateSchema>;
const FIELDS = ['bodyId', 'number', 'title', 'titleRu', 'startsAt', 'endsAt', 'timeZone', 'venue', 'onlineUrl', 'format', 'status', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;

export function toMeetingDto(ctx: RequestContext, m: MeetingWithBody) {
  return {
    ...recordMeta(ctx, meetingResource, m),
    // A body the user may not see is not revealed, not even by its id.
    bodyId: m.body ? m.bodyId : null,
    body: m.body,
    number: m.number,
    title: m.title,
    titleRu: m.titleRu,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    venue: m.venue,
    onlineUrl: m.onlineUrl,
    format: m.format,
    status: m.status,
    nextStatuses: nextStatuses(ctx, m),
    approvedAt: m.approvedAt?.toISOString() ?? null,
    approvedBy: m.approvedBy,
    locked: isLocked(m),
    provenance: m.provenance,
    sourceUrl: m.sourceUrl,
  };
}

export async function getMeeting(deps: Deps, ctx: RequestContext, id: string) {
  const m = await findMeeting(deps.db, ctx, id);
  if (!m) throw meetingNotFound();
  return toMeetingDto(ctx, m);
}

export async function searchMeetings(deps: Deps, ctx: RequestContext, q: z.output<typeof meetingListQuerySchema>) {
  const res = await listMeetings(deps.db, ctx, q);
  return { ...res, items: res.items.map((m) => toMeetingDto(ctx, m)) };
}

const searchText = (m: { title: string; titleRu?: string | null; venue?: string | null }, acronym: string | null) =>
  normaliseForSearch(m.title, m.titleRu, m.venue, acronym);

function checkTimes(startsAt: Date, endsAt: Date, timeZone: string) {
  const zone = resolveTimeZone(timeZone);
  if (!zone) throw invalidTimeZone();
  if (endsAt < startsAt) throw invalidPeriod('endsAt');
  return zone;
}

export async function createMeeting(deps: Deps, ctx: RequestContext, input: Input) {
  const body = await findBody(deps.db, ctx, input.bodyId);
  if (!body) throw meetingUnknownBody();
  const access = accessForCreate(ctx, meetingResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const timeZone = checkTimes(startsAt, endsAt, input.timeZone);
  if (input.number && (await numberTaken(deps.db, body.id, input.number, null))) throw meetingNumberTaken();
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        ...accessColumns(access),
        bodyId: body.id,
        number: input.number ?? null,
        title: input.title,
        titleRu: input.titleRu,
        startsAt,
        endsAt,
        timeZone,
        venue: input.venue,
        onlineUrl: input.onlineUrl ?? null,
        format: input.format,
        provenance: input.provenance ?? null,
        sourceUrl: input.sourceUrl ?? null,
        searchText: searchText(input, body.acronym),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'meeting.create', recordType: 'meeting', recordId: row.id, changes: diff(null, row, FIELDS) });
    await syncMeetingViews(tx, row, body.acronym, false);
    await notifyMeetingShared(tx, row, null);
    return row.id;
  });
  return getMeeting(deps, ctx, id);
}

const sameAccess = (a: ClassifiedRecord, b: ClassifiedRecord) => JSON.stringify(accessColumns(a)) === JSON.stringify(accessColumns(b));

/** Changes the fields sent. An approved record keeps its facts; only who may see it can still change. */
export async function updateMeeting(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const { classification, sharedWith, restrictedTo, ...fields } = input;
  const defined = definedOnly(fields);
  await withMeetingForWrite(
    deps,
    ctx,
    id,
    async (tx, current) => {
      if (isLocked(current) && changedKeys(current, defined).length > 0) throw recordLocked();
      const access = accessForUpdate(ctx, meetingResource, current, input);
      if (access) await checkAccessReferences(tx, ctx, access);
      const startsAt = defined.startsAt ? new Date(defined.startsAt) : current.startsAt;
      const endsAt = defined.endsAt ? new Date(defined.endsAt) : current.endsAt;
      const timeZone = checkTimes(startsAt, endsAt, defined.timeZone ?? current.timeZone);
      if (defined.number !== undefined && defined.number !== current.number) {
        if (defined.number && (await numberTaken(tx, current.bodyId, defined.number, id))) throw meetingNumberTaken();
        // Decision codes carry the meeting's number: once one is given, the number stays.
        const [numbered] = await tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.meetingId, id)).limit(1);
        if (numbered) throw meetingNumberFixed();
      }
      const body = await findBody(tx, asSystem(ctx, 'the body’s acronym for the meeting’s search entry and calendar'), current.bodyId);
      const next = { ...current, ...defined, startsAt, endsAt, timeZone };
      const [after] = await tx
        .update(meetings)
        .set({ ...defined, startsAt, endsAt, timeZone, ...(access ? accessColumns(access) : {}), searchText: searchText(next, body?.acronym ?? null), updatedAt: new Date() })
        .where(eq(meetings.id, id))
        .returning();
      const changes = diff(current, after, FIELDS);
      if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'meeting.update', recordType: 'meeting', recordId: id, changes });
      await syncMeetingViews(tx, after, body?.acronym ?? null, !sameAccess(current, after));
      await notifyMeetingShared(tx, after, current);
    },
    { allowLocked: true },
  );
  return getMeeting(deps, ctx, id);
}

/** Archive hides a meeting from lists, search and calendars (it stays readable and can be restored). */
export async function setMeetingArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await withMeetingForWrite(
    deps,
    ctx,
    id,
    async (tx, current) => {
      await applyArchived(tx, ctx, { table: meetings, type: 'meeting' }, current, archived, async (tx, after) => {
        const body = await findBody(tx, asSystem(ctx, 'the body’s acronym for the meeting’s search entry and calendar'), current.bodyId);
        await syncMeetingViews(tx, after, body?.acronym ?? null, true);
      });
    },
    { allowLocked: true },
  );
  return getMeeting(deps, ctx, id);
}
