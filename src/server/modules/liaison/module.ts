// The liaison module's manifest: agreements between organisations, focal points, liaison requests and the relationship graph.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { seedLiaisonDemo } from './demo/liaison.seed.ts';
import { agreementAlertJob } from './agreement-alerts.job.ts';
import { liaisonConstraintErrors } from './liaison.errors.ts';
import { AGREEMENT_ALERT, LIAISON_STATUS_CHANGED } from './liaison.notifications.ts';
import { liaisonRecordTypes } from './liaison.record-types.ts';
import { liaisonRoutes } from './liaison.routes.ts';
import { liaisonSearchTypes } from './liaison.search.ts';

export const liaisonModule = defineModule({
  name: 'liaison',
  routes: liaisonRoutes,
  jobs: [agreementAlertJob],
  notificationKinds: [LIAISON_STATUS_CHANGED, AGREEMENT_ALERT],
  searchTypes: liaisonSearchTypes,
  calendarSources: [{ module: 'liaison', label: inEveryLanguage('liaison.calendar.source') }],
  recordTypes: liaisonRecordTypes,
  constraintErrors: liaisonConstraintErrors,
  seedDemo: seedLiaisonDemo,
});
