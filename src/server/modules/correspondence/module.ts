// The correspondence module's manifest: the register of notes verbales and letters in and out, templates, dispatch and reminders.
import { defineModule } from '../../platform/modules/manifest.ts';
import { correspondenceConstraintErrors } from './correspondence.errors.ts';
import { CORRESPONDENCE_ASSIGNED, REPLY_DUE_SOON, REPLY_OVERDUE } from './correspondence.notifications.ts';
import { correspondenceRecordTypes } from './correspondence.record-types.ts';
import { correspondenceRoutes } from './correspondence.routes.ts';
import { correspondenceSearchTypes } from './correspondence.search.ts';
import { seedCorrespondenceDemo } from './demo/correspondence.seed.ts';
import { replyReminderJob } from './reminders.job.ts';

export const correspondenceModule = defineModule({
  name: 'correspondence',
  routes: correspondenceRoutes,
  jobs: [replyReminderJob],
  notificationKinds: [CORRESPONDENCE_ASSIGNED, REPLY_DUE_SOON, REPLY_OVERDUE],
  searchTypes: correspondenceSearchTypes,
  recordTypes: correspondenceRecordTypes,
  constraintErrors: correspondenceConstraintErrors,
  seedDemo: seedCorrespondenceDemo,
});
