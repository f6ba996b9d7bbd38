// The one list of manifests: the server, the command line, the seed and the bench read it. Order matters for the demo seed.
import { platformModule } from '../platform/platform.module.ts';
import { installModules } from '../platform/modules/install.ts';
import { consultationsModule } from './consultations/module.ts';
import { correspondenceModule } from './correspondence/module.ts';
import { dialogueModule } from './dialogue/module.ts';
import { directoryModule } from './directory/module.ts';
import { eventsModule } from './events/module.ts';
import { initiativesModule } from './initiatives/module.ts';
import { liaisonModule } from './liaison/module.ts';
import { meetingsModule } from './meetings/module.ts';

export const MODULES = [platformModule, directoryModule, meetingsModule, consultationsModule, initiativesModule, dialogueModule, liaisonModule, eventsModule, correspondenceModule] as const;

/** Registers every manifest (idempotent): call before any work. */
export const installAllModules = () => installModules(MODULES);
