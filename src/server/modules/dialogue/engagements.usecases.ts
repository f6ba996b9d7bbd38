// Engagements: reading, listing, logging, changing and archiving them, with their participants (post held that day) and follow-ups (action items).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { engagementInputSchema, engagementListQuerySchema, engagementUpdateSchema } from '../../../shared/dialogue.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { engagementParticipants, engagements } from '../../db/schema/dialogue.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { richTextToPlain, sanitizeRichText } from '../../platform/rich-text.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes, checkPeople, organizationRefs, personRefs, postsOnDate } from '../directory/directory.api.ts';
import { addFollowUps, followSubjectAccess, followUpsOf } from '../meetings/meetings.api.ts';
import { syncEngagementCalendar } from './dialogue.calendar.ts';
import { engagementNotFound, engagementWriteForbidden, invalidPeriod } from './dialogue.errors.ts';
import { engagementResource } from './dialogue.policy.ts';
import { indexEngagement } from './dialogue.search.ts';
import { type EngagementRow, findEngagement, listEngagements, participantsOf } from './engagements.repository.ts';

type Input = z.output<typeof engagementInputSchema>;
type Update = z.output<typeof engagementUpdateSchema>;

const FIELDS = ['reference', 'kind', 'title', 'startsAt', 'endsAt', 'timeZone', 'place', 'organizationIds', 'partyCodes', 'topics', 'summary', 'outcomes', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;

/** EV-2026-001: engagements numbered per year (in Jakarta). */
export const ENGAGEMENT_SERIES = { key: 'engagement:EV', format: 'EV-{yyyy}-{n:3}', perYear: true, timeZone: 'Asia/Jakarta' };

export const engagementSearchText = (e: Pick<EngagementRow, 'reference' | 'title' | 'place' | 'topics' | 'summary' | 'outcomes'>, names: string[]) =>
  normaliseForSearch(e.reference, e.title, e.place, ...e.topics, ...names, e.summary ? richTextToPlain(e.summary) : null, e.outcomes);

/** Engagements as answered: participants (with the post held that day), organisations and follow-ups the reader may see, in batched queries. */
export async function toEngagementDtos(db: Executor, ctx: RequestContext, rows: EngagementRow[]) {
  const ids = rows.map((r) => r.id);
  const participants = await participantsOf(db, ids);
  const all = [...participants.values()].flat();
  const [persons, orgs, followUps] = await Promise.all([
    personRefs(db, ctx, all.map((p) => p.personId)),
    organizationRefs(db, ctx, [...rows.flatMap((r) => r.organizationIds), ...all.map((p) => p.postOrganizationId)]),
    followUpsOf(db, ctx, 'engagement', ids),
  ]);
  const orgRef = (id: string | null) => {
    const o = id ? orgs.get(id) : undefined;
    return o ? { id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null } : null;
  };
  return rows.map((r) => {
    const { searchText: _s, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, organizationIds, ...rest } = r;
    return {
      ...rest,
      ...recordMeta(ctx, engagementResource, r),
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt?.toISOString() ?? null,
      // People and organisations the reader may not see are left out.
      participants: (participants.get(r.id) ?? []).flatMap((p) => {
        const person = persons.get(p.personId);
        if (!person) return [];
        return [{ personId: p.personId, side: p.side, fullName: person.fullName, nameRu: person.nameRu, postTitle: p.postTitle, postOrganization: orgRef(p.postOrganizationId) }];
      }),
      organizations: organizationIds.flatMap((id) => {
        const o = orgs.get(id);
        return o ? [o] : [];
      }),
      followUps: (followUps.get(r.id) ?? []).map((f) => ({
        id: f.id,
        title: f.title,
        ownerUserId: f.ownerUserId,
        ownerUserName: f.ownerUserName,
        ownerPersonId: f.ownerPersonId,
        ownerPartyCode: f.ownerPartyCode,
        dueDate: f.dueDate,
        status: f.status,
        overdue: f.overdue,
      })),
    };
  });
}

export async function getEngagement(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findEngagement(deps.db, ctx, id);
  if (!row) throw engagementNotFound();
  const [dto] = await toEngagementDtos(deps.db, ctx, [row]);
  return dto;
}

export async function searchEngagements(deps: Deps, ctx: RequestContext, q: z.output<typeof engagementListQuerySchema>) {
  const res = await listEngagements(deps.db, ctx, q);
  return { ...res, items: await toEngagementDtos(deps.db, ctx, res.items) };
}

async function checkInput(db: Executor, ctx: RequestContext, input: Update, current?: EngagementRow) {
  const startsAt = input.startsAt ? new Date(input.startsAt) : current?.startsAt;
  const endsAt = input.endsAt === undefined ? current?.endsAt : input.endsAt ? new Date(input.endsAt) : null;
  if (startsAt && endsAt && endsAt < startsAt) throw invalidPeriod();
  await checkPeople(db, ctx, (input.participants ?? []).map((p) => p.personId), 'participants');
  await checkOrganizations(db, ctx, input.organizationIds ?? [], 'organizationIds');
  await checkPartyCodes(db, input.partyCodes ?? [], 'partyCodes');
}

/** Replaces the participants, each with the post held on the engagement's date (in its zone). */
async function writeParticipants(tx: Tx, ctx: RequestContext, row: EngagementRow, list: { personId: string; side: 'ours' | 'theirs' }[], audit: boolean) {
  const before = audit ? (await participantsOf(tx, [row.id])).get(row.id) ?? [] : [];
  await tx.delete(engagementParticipants).where(eq(engagementParticipants.engagementId, row.id));
  const unique = [...new Map(list.map((p) => [p.personId, p])).values()];
  const posts = await postsOnDate(tx, ctx, unique.map((p) => p.personId), localDate(row.startsAt, row.timeZone));
  if (unique.length) {
    await tx.insert(engagementParticipants).values(
      unique.map((p, position) => ({
        engagementId: row.id,
        personId: p.personId,
        side: p.side,
        postTitle: posts.get(p.personId)?.title ?? null,
        postOrganizationId: posts.get(p.personId)?.organizationId ?? null,
        position,
      })),
    );
  }
  const shape = (xs: { personId: string; side: string }[]) => xs.map((p) => `${p.side}:${p.personId}`);
  if (audit && JSON.stringify(shape(before)) !== JSON.stringify(shape(unique))) {
    await recordAudit(tx, ctx, { action: 'engagement.participants', recordType: 'engagement', recordId: row.id, changes: { participants: { before: shape(before), after: shape(unique) } } });
  }
}

async function afterWrite(tx: Tx, row: EngagementRow) {
  const names = [...((await participantsOf(tx, [row.id])).get(row.id) ?? [])].map((p) => p.postTitle ?? '');
  const [withText] = await tx.update(engagements).set({ searchText: engagementSearchText(row, names) }).where(eq(engagements.id, row.id)).returning();
  await indexEngagement(tx, withText);
  await syncEngagementCalendar(tx, withText);
}

export async function createEngagement(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, engagementResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, input);
  const { classification: _c, sharedWith: _s, restrictedTo: _r, participants, followUps, ...fields } = input;
  const id = randomUUID();
  const now = new Date();
  const startsAt = new Date(fields.startsAt);
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series: ENGAGEMENT_SERIES, record: { type: 'engagement', id }, at: startsAt });
    const [row] = await tx
      .insert(engagements)
      .values({
        ...fields,
        ...accessColumns(access),
        id,
        reference: code,
        startsAt,
        endsAt: fields.endsAt ? new Date(fields.endsAt) : null,
        summary: fields.summary ? sanitizeRichText(fields.summary) : null,
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'engagement.create', recordType: 'engagement', recordId: id, changes: diff(null, row, FIELDS) });
    await writeParticipants(tx, ctx, row, participants, false);
    await addFollowUps(tx, ctx, { type: 'engagement', id, access: row }, followUps);
    await afterWrite(tx, row);
  });
  return getEngagement(deps, ctx, id);
}

/** Writes to an engagement (and its participants and follow-ups) go through `withRecordForWrite` with this. */
export const engagementRecord: RecordWriteSpec<typeof engagements> = { table: engagements, resource: engagementResource, notFound: engagementNotFound, forbidden: engagementWriteForbidden };

export async function updateEngagement(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, engagementRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, engagementResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, input, current);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, participants, ...fields } = input;
    const { startsAt: _st, endsAt: _en, summary: _su, ...defined } = definedOnly(fields);
    const given = definedOnly(fields);
    const [after] = await tx
      .update(engagements)
      .set({
        ...defined,
        ...(access ? accessColumns(access) : {}),
        ...(given.startsAt ? { startsAt: new Date(given.startsAt) } : {}),
        ...(given.endsAt !== undefined ? { endsAt: given.endsAt ? new Date(given.endsAt) : null } : {}),
        ...(given.summary !== undefined ? { summary: given.summary ? sanitizeRichText(given.summary) : null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(engagements.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'engagement.update', recordType: 'engagement', recordId: id, changes });
    // A new date re-reads the posts held that day.
    const moved = after.startsAt.getTime() !== current.startsAt.getTime() || after.timeZone !== current.timeZone;
    if (participants || moved) {
      const list = participants ?? ((await participantsOf(tx, [id])).get(id) ?? []).map((p) => ({ personId: p.personId, side: p.side }));
      await writeParticipants(tx, ctx, after, list, true);
    }
    if (access) await followSubjectAccess(tx, { type: 'engagement', id, access: after, archivedAt: after.archivedAt });
    await afterWrite(tx, after);
  });
  return getEngagement(deps, ctx, id);
}

/** Adds follow-ups (action items with owner and due date) to an engagement. */
export async function addEngagementFollowUps(deps: Deps, ctx: RequestContext, id: string, list: Input['followUps']) {
  await withRecordForWrite(deps, ctx, engagementRecord, id, 'update', async (tx, row) => {
    await addFollowUps(tx, ctx, { type: 'engagement', id, access: row }, list);
  });
  return getEngagement(deps, ctx, id);
}

/** Archive hides an engagement from the log, timelines, search and the calendar; its follow-ups leave the calendar. */
export async function setEngagementArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, engagementRecord, id, archived, async (tx, row) => {
    await indexEngagement(tx, row);
    await syncEngagementCalendar(tx, row);
    await followSubjectAccess(tx, { type: 'engagement', id, access: row, archivedAt: row.archivedAt });
  });
  return getEngagement(deps, ctx, id);
}
