// The mission's calendar year (in Jakarta), for "this year" counts.
import { localDate } from '../../platform/calendar/time-zones.ts';

export const MISSION_ZONE = 'Asia/Jakarta';
export const missionYear = (now = new Date()) => Number(localDate(now, MISSION_ZONE).slice(0, 4));
