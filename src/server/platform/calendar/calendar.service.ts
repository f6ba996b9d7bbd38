// What modules call to put their dated records on the calendar, in the transaction of the change.
import { and, eq, ne, notInArray, sql } from 'drizzle-orm';
import type { CalendarKind, CalendarStatus } from '../../../shared/calendar.ts';
import type { Language } from '../../../shared/common.ts';
import type { Executor } from '../../db/client.ts';
import { calendarItems } from '../../db/schema/calendar.table.ts';
import type { ClassifiedRecord } from '../access/policy.ts';
import { calendarInvalidPeriod, calendarInvalidStart, calendarInvalidTimeZone, calendarTitleRequired } from './calendar.errors.ts';
import { calendarSource } from './sources.ts';
import { addDays, localDate, resolveTimeZone, startOfDay } from './time-zones.ts';

/**
 * What modules call to put their dated records on the calendar. Call these in
 * the transaction that changes the record, like the search index: the item
 * and the record then commit or roll back together.
 *
 * An item is found again by (recordType, recordId, itemKey). Its UID is made
 * once and never changes; its SEQUENCE goes up on every change RFC 5545 calls
 * significant (start, end, all-day, title, place, status), so subscribed
 * clients replace their copy.
 */

export type CalendarItemInput = {
  module: string;
  recordType: string;
  recordId: string;
  /** Tells apart several items of one record (e.g. `deadline`, `post:<org>:0`); default `main`. */
  itemKey?: string;
  /** Filter group within the module, e.g. a body's id. */
  groupKey?: string | null;
  /** What the item is, for the calendar's filter; default `event`. */
  kind?: CalendarKind;
  /** The title in English. */
  title: string;
  /** The title in every language it has (e.g. from `inEveryLanguage`): readers see theirs, else `title`. */
  titles?: Partial<Record<Language, string>> | null;
  description?: string | null;
  location?: string | null;
  startsAt: Date;
  /** Exclusive end; null for a moment (a deadline). All-day items end at the next local midnight by default. */
  endsAt?: Date | null;
  /** The item covers whole days in `timeZone`; times of day in startsAt / endsAt are ignored. */
  allDay?: boolean;
  /** IANA zone the item is set in, e.g. Asia/Jakarta. */
  timeZone: string;
  /** Web path of the record, e.g. `/people/<id>`. */
  url: string;
  /** The record's access fields: the item is visible to exactly those who may see the record. */
  access: ClassifiedRecord;
  status?: CalendarStatus;
};

export type CalendarItemKeyed = Omit<CalendarItemInput, 'recordType' | 'recordId'>;

/** The instant a calendar date (`YYYY-MM-DD`) begins in a zone: what all-day items are given as startsAt. */
export const dayStart = (date: string, timeZone: string) => startOfDay(date, timeZone);

function normalise(input: CalendarItemInput) {
  const timeZone = resolveTimeZone(input.timeZone);
  if (!timeZone) throw calendarInvalidTimeZone(input.timeZone);
  const title = input.title.trim();
  if (!title) throw calendarTitleRequired();
  if (Number.isNaN(input.startsAt.getTime())) throw calendarInvalidStart();
  let startsAt = input.startsAt;
  let endsAt = input.endsAt ?? null;
  if (endsAt && endsAt < startsAt) throw calendarInvalidPeriod();
  if (input.allDay) {
    const first = localDate(startsAt, timeZone);
    // The end is exclusive: an end during a day takes in that whole day.
    const lastDay = endsAt && endsAt > startsAt ? localDate(new Date(endsAt.getTime() - 1), timeZone) : first;
    startsAt = startOfDay(first, timeZone);
    endsAt = startOfDay(addDays(lastDay, 1), timeZone);
  }
  return {
    module: input.module,
    recordType: input.recordType,
    recordId: input.recordId,
    itemKey: input.itemKey ?? 'main',
    groupKey: input.groupKey ?? null,
    kind: input.kind ?? 'event',
    title: title.slice(0, 500),
    titles: input.titles ? Object.fromEntries(Object.entries(input.titles).map(([l, v]) => [l, v.trim().slice(0, 500)]).filter(([, v]) => v)) : null,
    description: input.description?.trim() || null,
    location: input.location?.trim() || null,
    startsAt,
    endsAt,
    allDay: input.allDay ?? false,
    timeZone,
    url: input.url,
    status: input.status ?? 'confirmed',
    classification: input.access.classification,
    sharedParties: input.access.sharedParties,
    sharedOrganizations: input.access.sharedOrganizations,
    restrictedTo: input.access.restrictedTo,
  };
}

// The fields whose change is significant in RFC 5545 terms, and all stored fields, as (existing row, proposed row).
const SIGNIFICANT = ['starts_at', 'ends_at', 'all_day', 'location', 'title', 'titles', 'status'];
const STORED = [...SIGNIFICANT, 'kind', 'module', 'group_key', 'description', 'time_zone', 'url', 'classification', 'shared_parties', 'shared_organizations', 'restricted_to'];
const differs = (cols: string[]) =>
  sql.raw(`(${cols.map((c) => `calendar_items.${c}`).join(', ')}) is distinct from (${cols.map((c) => `excluded.${c}`).join(', ')})`);

/** Adds the item, or brings it up to date; returns its stable UID and current SEQUENCE. */
export async function upsertCalendarItem(db: Executor, input: CalendarItemInput): Promise<{ id: string; uid: string; sequence: number }> {
  if (!calendarSource(input.module)) throw new Error(`Unknown calendar source "${input.module}": list it in its module's manifest (calendarSources)`);
  const values = normalise(input);
  const { recordType, recordId, itemKey, ...changeable } = values;
  const [row] = await db
    .insert(calendarItems)
    .values(values)
    .onConflictDoUpdate({
      target: [calendarItems.recordType, calendarItems.recordId, calendarItems.itemKey],
      set: {
        ...changeable,
        sequence: sql`calendar_items.sequence + case when ${differs(SIGNIFICANT)} then 1 else 0 end`,
        updatedAt: sql`now()`,
      },
      // An unchanged item is left alone: no write, no new LAST-MODIFIED.
      setWhere: differs(STORED),
    })
    .returning({ id: calendarItems.id, uid: calendarItems.uid, sequence: calendarItems.sequence });
  if (row) return row;
  const [current] = await db
    .select({ id: calendarItems.id, uid: calendarItems.uid, sequence: calendarItems.sequence })
    .from(calendarItems)
    .where(and(eq(calendarItems.recordType, recordType), eq(calendarItems.recordId, recordId), eq(calendarItems.itemKey, itemKey)));
  return current;
}

const ofRecord = (recordType: string, recordId: string) => and(eq(calendarItems.recordType, recordType), eq(calendarItems.recordId, recordId));

/**
 * Cancels the record's items (all, or all but `keep`): they stay in feeds as
 * STATUS:CANCELLED with a higher SEQUENCE, so subscribed clients drop them.
 */
export async function cancelCalendarItems(db: Executor, recordType: string, recordId: string, opts: { keep?: string[] } = {}) {
  await db
    .update(calendarItems)
    .set({ status: 'cancelled', sequence: sql`${calendarItems.sequence} + 1`, updatedAt: new Date() })
    .where(
      and(
        ofRecord(recordType, recordId),
        ne(calendarItems.status, 'cancelled'),
        opts.keep?.length ? notInArray(calendarItems.itemKey, opts.keep) : undefined,
      ),
    );
}

/** Makes the record's items exactly `items`: upserts each, cancels the ones no longer derived. */
export async function replaceCalendarItems(db: Executor, recordType: string, recordId: string, items: CalendarItemKeyed[]) {
  const keys = items.map((i) => i.itemKey ?? 'main');
  if (new Set(keys).size !== keys.length) throw new Error(`Calendar items of ${recordType} ${recordId} repeat an itemKey: give each a distinct one.`);
  for (const item of items) await upsertCalendarItem(db, { ...item, recordType, recordId });
  await cancelCalendarItems(db, recordType, recordId, { keep: keys });
}

/**
 * Follows a change of who may see the record, and of its archiving (no new
 * SEQUENCE: the event itself is unchanged). Only the access fields and
 * `archivedAt` are copied: callers may pass a whole record row, whose other
 * columns (id, title, status) must not land on the item.
 */
export async function updateCalendarAccess(db: Executor, recordType: string, recordId: string, access: ClassifiedRecord & { archivedAt?: Date | null }) {
  const { classification, sharedParties, sharedOrganizations, restrictedTo } = access;
  await db
    .update(calendarItems)
    .set({ classification, sharedParties, sharedOrganizations, restrictedTo, ...('archivedAt' in access ? { archivedAt: access.archivedAt } : {}), updatedAt: new Date() })
    .where(ofRecord(recordType, recordId));
}

/** Deletes the record's items outright (e.g. the record itself was deleted). Clients that copied them keep their copy. */
export async function removeCalendarItems(db: Executor, recordType: string, recordId: string) {
  await db.delete(calendarItems).where(ofRecord(recordType, recordId));
}

/**
 * Who may see both of two records, as one set of access fields: for an item
 * that shows facts from two records (a person's post names an organisation),
 * so it never reveals one of them to someone who may see only the other.
 */
export function accessOfBoth(a: ClassifiedRecord, b: ClassifiedRecord): ClassifiedRecord {
  if (a.classification === 'public') return b;
  if (b.classification === 'public') return a;
  const none = { sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
  if (a.classification === 'restricted' && b.classification === 'restricted') {
    return { ...none, classification: 'restricted', restrictedTo: a.restrictedTo.filter((id) => b.restrictedTo.includes(id)) };
  }
  if (a.classification === 'restricted') return a;
  if (b.classification === 'restricted') return b;
  const parties = a.sharedParties.filter((p) => b.sharedParties.includes(p));
  const orgs = a.sharedOrganizations.filter((o) => b.sharedOrganizations.includes(o));
  // Mission people see every shared record; outsiders only what both share with them.
  if (a.classification === 'mission' || b.classification === 'mission' || (parties.length === 0 && orgs.length === 0)) {
    return { ...none, classification: 'mission' };
  }
  return { ...none, classification: 'shared', sharedParties: parties, sharedOrganizations: orgs };
}
