// The words of a meeting record export in each export language (from the catalogue), and its dates as that language writes them.
import { ACTION_ITEM_STATUSES, ATTENDANCE_STATUSES, type EXPORT_LANGUAGES, MEETING_FORMATS, MEETING_STATUSES } from '../../../../shared/meetings.ts';
import { text } from '../../../platform/i18n/texts.ts';

export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

const PLAIN = [
  'record', 'body', 'when', 'venue', 'online', 'format', 'status', 'approved', 'draft', 'agenda', 'presenter', 'minutes', 'attendance', 'delegation',
  'head', 'members', 'others', 'organisation', 'proceedings', 'noMinutes', 'decisions', 'noDecisions', 'superseded', 'actionItems', 'noActionItems',
  'item', 'owner', 'due', 'generated',
] as const;

/** The catalogue's texts under `meetings.export.<part>.<value>` for each value of an enum. */
const byValue = <V extends string>(lang: ExportLanguage, part: string, values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v, text(lang, `meetings.export.${part}.${v}`)])) as Record<V, string>;

/** Every word of a meeting record export in one export language, from the catalogue (`meetings.export.*`). */
export function exportLabels(lang: ExportLanguage) {
  return {
    ...(Object.fromEntries(PLAIN.map((k) => [k, text(lang, `meetings.export.${k}`)])) as Record<(typeof PLAIN)[number], string>),
    formats: byValue(lang, 'formats', MEETING_FORMATS),
    statuses: byValue(lang, 'statuses', MEETING_STATUSES),
    attendanceStatuses: byValue(lang, 'attendanceStatuses', ATTENDANCE_STATUSES),
    itemStatuses: byValue(lang, 'itemStatuses', ACTION_ITEM_STATUSES),
  };
}

export type Labels = ReturnType<typeof exportLabels>;

const locale = (lang: ExportLanguage) => (lang === 'ru' ? 'ru-RU' : 'en-GB');

/** A meeting's start and end in its own zone, e.g. "18 March 2026, 09:30 – 16:00 (Asia/Jakarta)". */
export function formatSpan(startsAt: Date, endsAt: Date, timeZone: string, lang: ExportLanguage) {
  const day = new Intl.DateTimeFormat(locale(lang), { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale(lang), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  const end = sameDay ? time.format(endsAt) : `${day.format(endsAt)}, ${time.format(endsAt)}`;
  return `${day.format(startsAt)}, ${time.format(startsAt)} – ${end} (${timeZone})`;
}

export const formatDate = (date: string, lang: ExportLanguage) =>
  new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
