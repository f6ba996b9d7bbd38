// Registers the consultations module's routes: the core routes and the procedure routes.
import type { Api } from '../../platform/http/types.ts';
import { coreRoutes } from './core.routes.ts';
import { procedureRoutes } from './procedure.routes.ts';

/** Draft texts circulated to delegations, their positions and the silence procedure. */
export async function consultationsRoutes(app: Api) {
  await coreRoutes(app);
  await procedureRoutes(app);
}
