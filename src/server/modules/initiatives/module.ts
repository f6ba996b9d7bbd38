// The initiatives module's manifest: sectoral initiatives and their pipeline, money, funds and plans of action.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { initiativesConstraintErrors } from './initiatives.errors.ts';
import { initiativesRecordTypes } from './initiatives.record-types.ts';
import { initiativesRoutes } from './initiatives.routes.ts';
import { initiativesSearchTypes } from './initiatives.search.ts';
import { seedInitiativesDemo } from './demo/initiatives.seed.ts';
import { MILESTONE_DUE, REPORT_DUE, dueReminderJob } from './reminders.job.ts';

export const initiativesModule = defineModule({
  name: 'initiatives',
  routes: initiativesRoutes,
  jobs: [dueReminderJob],
  notificationKinds: [MILESTONE_DUE, REPORT_DUE],
  searchTypes: initiativesSearchTypes,
  calendarSources: [{ module: 'initiatives', label: inEveryLanguage('initiatives.calendar.source') }],
  recordTypes: initiativesRecordTypes,
  constraintErrors: initiativesConstraintErrors,
  seedDemo: seedInitiativesDemo,
});
