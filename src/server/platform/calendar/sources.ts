// Calendar sources: the modules that put dated records on the calendar, declared in their manifests.
import type { Language } from '../../../shared/common.ts';

export type CalendarSource = {
  /** The `module` of the items it puts on the calendar (the calendar's filter). */
  module: string;
  label: Record<Language, string>;
};

const sources = new Map<string, CalendarSource>();

export const defineCalendarSource = (s: CalendarSource) => s;

/** Registers a calendar source; called by `installModules`. */
export function registerCalendarSource(s: CalendarSource) {
  sources.set(s.module, s);
}

export const calendarSource = (module: string) => sources.get(module);
export const allCalendarSources = () => [...sources.values()];
