import type { Api } from '../http/types.ts';

export async function calendarRoutes(_app: Api) {}
