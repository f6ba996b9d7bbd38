// The mission's events: reading, listing, creating, changing and archiving them; the public flag is the classification `public`.
import { randomUUID } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { eventInputSchema, eventListQuerySchema, eventUpdateSchema } from '../../../shared/events.ts';
import { allNames } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import { missionEvents } from '../../db/schema/events.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { checkMoney, moneyOf, moneyValues } from '../../platform/records/money.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes, organizationRefs } from '../directory/directory.api.ts';
import { eventInstants, eventLocals, validZone } from './event-times.ts';
import { syncEventCalendar } from './events.calendar.ts';
import { datesNeedSameForm, eventNotFound, eventWriteForbidden, invalidEventPeriod, invalidTimeZone } from './events.errors.ts';
import { eventResource } from './events.policy.ts';
import { indexEvent } from './events.search.ts';

type Input = z.output<typeof eventInputSchema>;
type Update = z.output<typeof eventUpdateSchema>;
export type EventRow = typeof missionEvents.$inferSelect;

const FIELDS = [
  'names', 'kind', 'startsAt', 'endsAt', 'allDay', 'timeZone', 'venue', 'description', 'partnerOrganizationIds', 'parties', 'expectedParticipants',
  'actualParticipants', 'budgetMinor', 'budgetCurrency', 'status', 'provenance', 'sourceUrl', ...ACCESS_FIELDS,
] as const;

/** The series of events: EV-01, EV-02, … */
export const EVENT_SERIES = { key: 'event:EV', format: 'EV-{n:2}' };

const sortKeys: Record<'starts' | 'updatedAt', SortKey<EventRow>> = {
  starts: { expr: sql`${missionEvents.startsAt}`, value: (r) => r.startsAt, type: 'timestamptz' },
  updatedAt: { expr: sql`${missionEvents.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

const searchText = (e: Pick<EventRow, 'reference' | 'names' | 'venue'>) => normaliseForSearch(e.reference, ...allNames(e.names), e.venue);

/** The access of an event from its public flag and the other access fields. */
function accessInput(input: Pick<Update, 'isPublic' | 'classification' | 'sharedWith' | 'restrictedTo'>) {
  if (input.isPublic === true) return { classification: 'public' as const, sharedWith: { parties: [], organizations: [] }, restrictedTo: [] };
  return { classification: input.classification ?? (input.isPublic === false ? 'mission' : undefined), sharedWith: input.sharedWith, restrictedTo: input.restrictedTo };
}

export async function toEventDtos(db: Executor, ctx: RequestContext, rows: EventRow[]) {
  const orgs = await organizationRefs(db, ctx, rows.flatMap((r) => r.partnerOrganizationIds));
  return rows.map((r) => ({
    ...recordMeta(ctx, eventResource, r),
    reference: r.reference,
    names: r.names,
    kind: r.kind,
    ...eventLocals(r),
    allDay: r.allDay,
    startsAt: r.startsAt.toISOString(),
    timeZone: r.timeZone,
    venue: r.venue,
    description: r.description,
    partnerOrganizationIds: r.partnerOrganizationIds.filter((id) => orgs.has(id)),
    partners: r.partnerOrganizationIds.flatMap((id) => {
      const o = orgs.get(id);
      return o ? [{ id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null }] : [];
    }),
    parties: r.parties,
    expectedParticipants: r.expectedParticipants,
    actualParticipants: r.actualParticipants,
    budget: moneyOf(r, 'budget'),
    status: r.status,
    isPublic: r.classification === 'public',
    provenance: r.provenance ?? 'INVENTED',
    sourceUrl: r.sourceUrl,
  }));
}

export async function findEvent(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(missionEvents).where(and(eq(missionEvents.id, id), visibleTo(ctx, missionEvents))).limit(1);
  return row ?? null;
}

export async function getEvent(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findEvent(deps.db, ctx, id);
  if (!row) throw eventNotFound();
  const [dto] = await toEventDtos(deps.db, ctx, [row]);
  return dto;
}

export async function listEvents(deps: Deps, ctx: RequestContext, q: z.output<typeof eventListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, missionEvents, q, {
    where: [
      q.kind ? eq(missionEvents.kind, q.kind) : undefined,
      q.status ? eq(missionEvents.status, q.status) : undefined,
      q.year ? sql`extract(year from ${missionEvents.startsAt} at time zone ${missionEvents.timeZone}) = ${q.year}` : undefined,
      term ? like(missionEvents.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
  return { ...res, items: await toEventDtos(deps.db, ctx, res.items) };
}

/** Checks the references and turns the local dates into instants (when any of them is given). */
async function checkInput(db: Executor, ctx: RequestContext, input: Update, current?: EventRow) {
  await checkOrganizations(db, ctx, input.partnerOrganizationIds ?? [], 'partnerOrganizationIds');
  await checkPartyCodes(db, input.parties ?? [], 'parties');
  await checkMoney(db, input.budget, 'budget');
  const zone = input.timeZone ?? current?.timeZone ?? 'Asia/Jakarta';
  if (!validZone(zone)) throw invalidTimeZone();
  if (input.starts === undefined && input.ends === undefined && input.timeZone === undefined) return null;
  const locals = current ? eventLocals(current) : { starts: '', ends: null };
  const starts = input.starts ?? locals.starts;
  const ends = input.ends !== undefined ? input.ends : locals.ends;
  if (ends && ends.includes('T') !== starts.includes('T')) throw datesNeedSameForm();
  const times = eventInstants(starts, ends, zone);
  if (times.endsAt && times.endsAt < times.startsAt) throw invalidEventPeriod();
  return { ...times, timeZone: zone };
}

export async function createEvent(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, eventResource, accessInput(input));
  await checkAccessReferences(deps.db, ctx, access);
  const times = await checkInput(deps.db, ctx, input);
  if (!times) throw invalidTimeZone();
  const { classification: _c, sharedWith: _s, restrictedTo: _r, isPublic: _p, starts: _st, ends: _e, budget, ...fields } = input;
  const id = randomUUID();
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series: EVENT_SERIES, record: { type: 'event', id }, at: now });
    const [row] = await tx
      .insert(missionEvents)
      .values({
        ...fields,
        ...times,
        ...moneyValues('budget', budget ?? null),
        ...accessColumns(access),
        id,
        reference: code,
        searchText: searchText({ reference: code, names: fields.names, venue: fields.venue ?? null }),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'event.create', recordType: 'event', recordId: id, changes: diff(null, row, FIELDS) });
    await indexEvent(tx, row);
    await syncEventCalendar(tx, row);
  });
  return getEvent(deps, ctx, id);
}

export const eventRecord: RecordWriteSpec<typeof missionEvents> = { table: missionEvents, resource: eventResource, notFound: eventNotFound, forbidden: eventWriteForbidden };

export async function updateEvent(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, eventRecord, id, 'update', async (tx, current) => {
    const wanted = accessInput(input);
    const access = accessForUpdate(ctx, eventResource, current, wanted);
    if (access) await checkAccessReferences(tx, ctx, access);
    const times = await checkInput(tx, ctx, input, current);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, isPublic: _p, starts: _st, ends: _e, budget, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx
      .update(missionEvents)
      .set({
        ...defined,
        ...(times ?? {}),
        ...(budget !== undefined ? moneyValues('budget', budget ?? null) : {}),
        ...(access ? accessColumns(access) : {}),
        searchText: searchText({ ...current, ...defined }),
        updatedAt: new Date(),
      })
      .where(eq(missionEvents.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'event.update', recordType: 'event', recordId: id, changes });
    await indexEvent(tx, after);
    await syncEventCalendar(tx, after);
  });
  return getEvent(deps, ctx, id);
}

export async function setEventArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, eventRecord, id, archived, async (tx, row) => {
    await indexEvent(tx, row);
    await syncEventCalendar(tx, row);
  });
  return getEvent(deps, ctx, id);
}
