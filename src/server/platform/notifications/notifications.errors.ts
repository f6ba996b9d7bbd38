// Typed errors of notifications and their preferences, with stable codes; the status is set here.
import { invalid } from '../errors.ts';

/** A preference for a kind of notification no module declares (`field` names the row). */
export const unknownNotificationKind = (field: string, kind: string) => invalid('notification.unknown_kind', field, `Unknown kind of notification: ${kind}`);
