// The API contract of the calendar: range queries, items, statuses and subscription feeds.
import { z } from 'zod';
import { classificationSchema, languageSchema } from './common.ts';

/** The longest range one calendar request may cover. */
export const MAX_CALENDAR_RANGE_DAYS = 400;

const instantOrDate = (field: string) =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: `Give ${field} as an instant (2026-03-18T00:00:00+07:00) or a date (2026-03-18, read as midnight UTC)`,
  });

const commaList = z.string().max(2000).optional();

/**
 * What an item is, for the calendar's filter: a meeting, a step of the
 * procedural clock (a consultation's deadline, the end of a silence
 * procedure, an action item's due date, the date a body is due to meet), or
 * any other dated record (an event).
 */
export const CALENDAR_KINDS = ['meeting', 'consultation_deadline', 'silence_expiry', 'action_item_due', 'body_due', 'event'] as const;
export const calendarKindSchema = z.enum(CALENDAR_KINDS);
export type CalendarKind = z.infer<typeof calendarKindSchema>;

export const calendarQuerySchema = z.object({
  /** Start of the range, inclusive. */
  from: instantOrDate('from'),
  /** End of the range, exclusive; at most 400 days after `from`. */
  to: instantOrDate('to'),
  /** Comma-separated modules, e.g. `meetings,directory`. */
  modules: commaList,
  /** Comma-separated group keys within the modules, e.g. a body's id. */
  groups: commaList,
  /** Comma-separated kinds of item (`meeting`, `consultation_deadline`, `silence_expiry`, `action_item_due`, `body_due`, `event`); all when absent. */
  kinds: commaList,
  /** The language of the titles; the user's own when absent. */
  language: languageSchema.optional(),
  /** Cancelled items are listed (so a view can strike them through) unless excluded. */
  cancelled: z.enum(['include', 'exclude']).default('include'),
});
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

export const CALENDAR_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export const calendarStatusSchema = z.enum(CALENDAR_STATUSES);
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;

export const calendarItemSchema = z.object({
  id: z.uuid(),
  /** iCalendar UID: stable for the life of the item. */
  uid: z.uuid(),
  module: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  groupKey: z.string().nullable(),
  kind: calendarKindSchema,
  /** The title in the reader's language (English when the item has none in it). */
  title: z.string(),
  description: z.string().nullable(),
  location: z.string().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  /** Exclusive end; null for an item that is a moment (a deadline). */
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  allDay: z.boolean(),
  /** For all-day items: the first day, in the item's time zone. */
  startDate: z.iso.date().nullable(),
  /** For all-day items: the last day (inclusive), in the item's time zone. */
  lastDate: z.iso.date().nullable(),
  /** IANA zone the item is set in; show times in it (and, if different, in the user's). */
  timeZone: z.string(),
  /** Web path of the record the item belongs to. */
  url: z.string(),
  /** The item as an .ics download. */
  icsUrl: z.string(),
  status: calendarStatusSchema,
  sequence: z.number().int(),
  classification: classificationSchema,
});
export type CalendarItem = z.infer<typeof calendarItemSchema>;

export const calendarListSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  items: z.array(calendarItemSchema),
  /** True when the range held more items than one answer carries; ask for a shorter range. */
  truncated: z.boolean(),
});

export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }).nullable(),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

export const calendarFeedCreatedSchema = z.object({
  /** The subscription address. Shown once: only a hash of its secret is kept. */
  url: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** True when an earlier address was replaced (and stops working). */
  rotated: z.boolean(),
});
