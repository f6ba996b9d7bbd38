// The platform's own manifest: its routes, background jobs and schedules, and the documents it indexes.
import { accountsRoutes } from './accounts/accounts.routes.ts';
import { accountsConstraintErrors } from './accounts/accounts.errors.ts';
import { backupJob, backupSchedule } from './backup/backup.job.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { accountSecurityRoutes } from './auth/account-security.routes.ts';
import { apiTokensRoutes } from './auth/api-tokens.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { calendarRoutes } from './calendar/calendar.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { documentRecordType } from './documents/documents.record-types.ts';
import { documentSearchType } from './documents/documents.search.ts';
import { extractTextJob } from './documents/text-extraction.ts';
import { housekeepingJob, housekeepingSchedule } from './housekeeping.ts';
import { healthRoutes } from './http/health.routes.ts';
import { metricsRoutes } from './http/metrics.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';
import { defineModule } from './modules/manifest.ts';
import { digestJob, digestSchedule } from './notifications/digest.ts';
import { mailSendJob } from './notifications/mail.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { codelistsRoutes } from './records/codelists.routes.ts';
import { linksRoutes } from './records/links.routes.ts';
import { searchRoutes } from './search/search.routes.ts';

export const platformModule = defineModule({
  name: 'platform',
  routes: async (api) => {
    await healthRoutes(api);
    await metricsRoutes(api);
    await authRoutes(api);
    await accountSecurityRoutes(api);
    await accountsRoutes(api);
    await apiTokensRoutes(api);
    await auditRoutes(api);
    await notificationsRoutes(api);
    await jobsRoutes(api);
    await searchRoutes(api);
    await calendarRoutes(api);
    await documentsRoutes(api);
    await codelistsRoutes(api);
    await linksRoutes(api);
  },
  jobs: [mailSendJob, digestJob, housekeepingJob, extractTextJob, backupJob],
  schedules: [digestSchedule, housekeepingSchedule, backupSchedule],
  searchTypes: [documentSearchType],
  recordTypes: [documentRecordType],
  constraintErrors: accountsConstraintErrors,
});
