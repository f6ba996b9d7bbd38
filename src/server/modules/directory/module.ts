// The directory's manifest: parties, organisations, people and delegations.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { directoryConstraintErrors } from './directory.errors.ts';
import { seedDirectoryDemo } from './demo/demo.seed.ts';
import { directoryRecordTypes } from './directory.record-types.ts';
import { SHARED_WITH_YOU } from './directory.notifications.ts';
import { existingPartyCodes, organizationName, visibleOrganizationIds } from './directory.references.ts';
import { directoryRoutes } from './directory.routes.ts';
import { directorySearchTypes } from './directory.search.ts';

export const directoryModule = defineModule({
  name: 'directory',
  routes: directoryRoutes,
  notificationKinds: [SHARED_WITH_YOU],
  searchTypes: directorySearchTypes,
  calendarSources: [{ module: 'directory', label: inEveryLanguage('directory.calendar.source') }],
  recordTypes: directoryRecordTypes,
  provides: { directory: { existingPartyCodes, visibleOrganizationIds, organizationName } },
  constraintErrors: directoryConstraintErrors,
  seedDemo: seedDirectoryDemo,
});
