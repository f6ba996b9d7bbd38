// Who keeps consultations (the mission) and who responds (delegations).
import type { Me } from '../../../../shared/auth.ts';
import { MISSION_ROLES } from '../../../../shared/common.ts';

/** Mission staff, the head and administrators keep consultations; delegations respond. */
export const isMission = (me: Me | null) => Boolean(me && MISSION_ROLES.includes(me.user.role));
export const isDelegate = (me: Me | null) => Boolean(me && me.user.role === 'delegate' && me.user.partyCode);
