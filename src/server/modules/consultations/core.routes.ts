import type { Api } from '../../platform/http/types.ts';

/** Consultations, versions and redlines, acknowledgements, the thread and the positions matrix. */
export async function coreRoutes(_app: Api) {}
