import type { Api } from '../../platform/http/types.ts';

/** Positions, the silence procedure, withdrawal and the timeline. */
export async function procedureRoutes(_app: Api) {}
