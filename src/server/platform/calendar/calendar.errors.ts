// Typed errors of the calendar (items, ranges, subscription feeds), with stable codes; the status is set here.
import { invalid, notFound } from '../errors.ts';

export const calendarItemNotFound = () => notFound('calendar_item');
/** An unknown, revoked or disabled feed address: all look the same. */
export const calendarFeedNotFound = () => notFound('calendar_feed');

export const calendarInvalidTimeZone = (zone: string) =>
  invalid('calendar.invalid_time_zone', 'timeZone', `"${zone}" is not an IANA time zone, such as Asia/Jakarta.`);
export const calendarTitleRequired = () => invalid('calendar.title_required', 'title', 'A calendar item needs a title.');
export const calendarInvalidStart = () => invalid('calendar.invalid_start', 'startsAt', 'The start is not a valid instant.');
export const calendarInvalidPeriod = () => invalid('calendar.invalid_period', 'endsAt', 'The end comes before the start.');
export const calendarInvalidRange = () => invalid('calendar.invalid_range', 'to', 'The end of the range must come after its start.');
export const calendarRangeTooLong = (maxDays: number) => invalid('calendar.range_too_long', 'to', `A range may cover at most ${maxDays} days; ask for a shorter one.`);
