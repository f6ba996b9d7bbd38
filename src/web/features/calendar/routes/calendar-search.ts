// The calendar's URL search parameters: view, date and filters.
import { isoDate, oneOf, text } from '../../../lib/search-params.ts';
import { CALENDAR_VIEWS, type CalendarView } from '../components/calendar-days.ts';

export interface CalendarSearch {
  /** Month is the default. */
  view?: Exclude<CalendarView, 'month'>;
  /** A day in the period shown (today when absent). */
  date?: string;
  /** Comma-separated modules; all when absent. */
  modules?: string;
  /** Comma-separated kinds of item; all when absent. */
  kinds?: string;
  /** One group within the modules (an organisation, a body). */
  group?: string;
}

const LIST = /^[a-z0-9_]+(,[a-z0-9_]+)*$/;

export function parseCalendarSearch(raw: Record<string, unknown>): CalendarSearch {
  const view = oneOf(raw.view, CALENDAR_VIEWS);
  const modules = text(raw.modules);
  const kinds = text(raw.kinds);
  return {
    view: view === 'month' ? undefined : view,
    date: isoDate(raw.date),
    modules: modules && LIST.test(modules) ? modules : undefined,
    kinds: kinds && LIST.test(kinds) ? kinds : undefined,
    group: text(raw.group, 100),
  };
}
