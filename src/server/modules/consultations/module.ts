// The consultations module's manifest: texts circulated to delegations, positions, consensus and silence procedure.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { consensusDeadlineJob } from './consensus.ts';
import { consultationAuditedParts, consultationRecordTypes } from './consultations.record-types.ts';
import { MENTIONED, VERSION_CIRCULATED } from './consultations.notifications.ts';
import { consultationsRoutes } from './consultations.routes.ts';
import { consultationSearchTypes } from './consultations.search.ts';
import { seedConsultationsDemo } from './demo/consultations.seed.ts';
import { deadlineReminderJob } from './reminders.job.ts';
import { silenceExpiryJob } from './silence.job.ts';
import {
  CONSULTATION_OUTCOME,
  CONSULTATION_WITHDRAWN,
  DEADLINE_REMINDER,
  POSITION_RECORDED,
  SILENCE_BROKEN,
  SILENCE_EXTENDED,
  SILENCE_LAUNCHED,
  SILENCE_WITHDRAWN,
} from './silence.notifications.ts';

export const consultationsModule = defineModule({
  name: 'consultations',
  routes: consultationsRoutes,
  jobs: [silenceExpiryJob, consensusDeadlineJob, deadlineReminderJob],
  notificationKinds: [
    VERSION_CIRCULATED,
    MENTIONED,
    SILENCE_LAUNCHED,
    SILENCE_EXTENDED,
    SILENCE_WITHDRAWN,
    SILENCE_BROKEN,
    CONSULTATION_OUTCOME,
    CONSULTATION_WITHDRAWN,
    DEADLINE_REMINDER,
    POSITION_RECORDED,
  ],
  searchTypes: consultationSearchTypes,
  calendarSources: [{ module: 'consultations', label: inEveryLanguage('consultations.calendar.source') }],
  recordTypes: consultationRecordTypes,
  auditedParts: consultationAuditedParts,
  seedDemo: seedConsultationsDemo,
});
