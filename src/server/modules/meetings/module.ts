// The meetings module's manifest: bodies, meetings and what each meeting records.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { meetingsConstraintErrors } from './meetings.errors.ts';
import { actionItemReminderJob } from './action-items.reminders.ts';
import { cadenceCheckJob, cadenceCheckSchedule } from './cadence.job.ts';
import { seedMeetingsDemo } from './demo/meetings.seed.ts';
import { meetingsAuditedParts, meetingsRecordTypes } from './meetings.record-types.ts';
import { ACTION_ITEM_DUE, BODY_OVERDUE, MEETING_SHARED } from './meetings.notifications.ts';
import { meetingsRoutes } from './meetings.routes.ts';
import { meetingsSearchTypes } from './meetings.search.ts';

export const meetingsModule = defineModule({
  name: 'meetings',
  routes: meetingsRoutes,
  jobs: [cadenceCheckJob, actionItemReminderJob],
  schedules: [cadenceCheckSchedule],
  notificationKinds: [BODY_OVERDUE, ACTION_ITEM_DUE, MEETING_SHARED],
  searchTypes: meetingsSearchTypes,
  calendarSources: [{ module: 'meetings', label: inEveryLanguage('meetings.calendar.source') }],
  recordTypes: meetingsRecordTypes,
  auditedParts: meetingsAuditedParts,
  constraintErrors: meetingsConstraintErrors,
  seedDemo: seedMeetingsDemo,
});
