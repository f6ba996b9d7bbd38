// The events module's manifest: humanitarian and cultural events and programmes, and their public page and feed.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { seedEventsDemo } from './demo/events.seed.ts';
import { eventsConstraintErrors } from './events.errors.ts';
import { eventsRecordTypes } from './events.record-types.ts';
import { eventsRoutes } from './events.routes.ts';
import { eventsSearchTypes } from './events.search.ts';

export const eventsModule = defineModule({
  name: 'events',
  routes: eventsRoutes,
  searchTypes: eventsSearchTypes,
  calendarSources: [{ module: 'events', label: inEveryLanguage('events.calendar.source') }],
  recordTypes: eventsRecordTypes,
  constraintErrors: eventsConstraintErrors,
  seedDemo: seedEventsDemo,
});
