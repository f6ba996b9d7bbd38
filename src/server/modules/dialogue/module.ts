// The dialogue module's manifest: engagements with counterparts, their follow-ups and timelines, and the protocol gift register.
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineModule } from '../../platform/modules/manifest.ts';
import { seedDialogueDemo } from './demo/dialogue.seed.ts';
import { dialogueConstraintErrors } from './dialogue.errors.ts';
import { dialogueRecordTypes } from './dialogue.record-types.ts';
import { dialogueRoutes } from './dialogue.routes.ts';
import { dialogueSearchTypes } from './dialogue.search.ts';

export const dialogueModule = defineModule({
  name: 'dialogue',
  routes: dialogueRoutes,
  searchTypes: dialogueSearchTypes,
  calendarSources: [{ module: 'dialogue', label: inEveryLanguage('dialogue.calendar.source') }],
  recordTypes: dialogueRecordTypes,
  constraintErrors: dialogueConstraintErrors,
  seedDemo: seedDialogueDemo,
});
