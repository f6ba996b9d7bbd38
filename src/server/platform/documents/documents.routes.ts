import type { Api } from '../http/types.ts';

export async function documentsRoutes(_app: Api) {}
