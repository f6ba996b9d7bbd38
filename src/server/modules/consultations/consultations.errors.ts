// Typed errors of consultations, their versions, positions, silence procedures and thread, with stable codes; the status is set here.
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { formatInstant } from './consultations.texts.ts';

export const consultationNotFound = () => notFound('consultation');
export const versionNotFound = () => notFound('consultation_version');
export const consultationWriteForbidden = () => forbidden('consultation.write_forbidden', 'You may not change this consultation.');
export const consultationDecided = (status: string) =>
  conflict('consultation.decided', `The consultation is already decided (${status.replaceAll('_', ' ')}); nothing more can be recorded on it.`);

export const createForbidden = () => forbidden('consultation.create_forbidden', 'Only the mission opens consultations.');
export const consultationArchived = () => conflict('consultation.archived', 'The consultation is archived; restore it first.');
export const unknownBody = () => invalid('consultation.unknown_body', 'bodyId', 'Choose a body you can see.');
export const invalidTimeZone = () => invalid('consultation.invalid_time_zone', 'timeZone', 'Use an IANA time zone, such as Asia/Jakarta.');
export const deadlineInPast = () => invalid('consultation.deadline_past', 'deadline', 'The deadline must be in the future.');
export const deadlineRequired = (method: string) =>
  invalid('consultation.deadline_required', 'deadline', `A consultation by ${method} needs a deadline in the future before it is circulated.`);
export const noDeadlineForSilence = () =>
  invalid('consultation.deadline_for_silence', 'deadline', 'A silence procedure sets its own expiry when it is launched; leave the deadline empty.');
export const archiveWhileOpen = () =>
  conflict('consultation.archive_open', 'The consultation is still open: withdraw it, or wait for its outcome, before archiving it.');
export const methodFixed = () =>
  conflict('consultation.method_fixed', 'The text has been circulated; the method can no longer change.', 'method');
export const partiesRequired = () =>
  invalid('consultation.no_parties', 'distribution.parties', 'Put at least one delegation on the distribution list before circulating.');
export const partiesRemoved = (codes: string[]) =>
  invalid('consultation.parties_removed', 'distribution.parties', `The text has been circulated to ${codes.join(', ')}; parties can be added to the list but not removed.`);
export const organizationsRemoved = () =>
  invalid('consultation.organizations_removed', 'distribution.organizations', 'The text has been circulated; organisations can be added to the list but not removed.');
export const chairNotMission = () => invalid('consultation.chair_not_mission', 'chairUserIds', 'The chair must be a member of the mission.');
export const silenceRunning = () =>
  conflict('consultation.silence_running', 'A silence procedure is running on this consultation; withdraw it before circulating a new version.');

export const notOpen = () => conflict('consultation.not_open', 'The consultation has not been circulated yet: circulate a version first.');

export const versionCirculated = () => conflict('version.circulated', 'This version has been circulated; a circulated version never changes. Start a new version.');
export const draftVersionExists = () => conflict('version.draft_exists', 'There is already a draft version; edit or circulate it first.');

export const missionNoteForbidden = () => forbidden('comment.mission_only_forbidden', 'Only the mission writes mission-only notes.');
export const mentionNotAllowed = () =>
  invalid('comment.mention_not_allowed', 'mentions', 'Mention only people who can see this comment.');
export const unknownVersionRef = (field = 'versionId') => invalid('consultation.unknown_version', field, 'Choose a version of this consultation.');

export const positionOwnPartyOnly = () => forbidden('position.own_party_only', 'A delegate sets only their own delegation’s position.');
export const positionNotAParty = () => forbidden('position.not_a_party', 'Organisations on the list take part in the thread but do not take positions.');
export const positionPartyRequired = () => invalid('position.party_required', 'partyCode', 'Say which delegation the position is for.');
export const positionPartyNotListed = () => invalid('position.party_not_listed', 'partyCode', 'That party is not on the distribution list.');
/** Positions are no longer taken: the deadline or the procedure's expiry has passed. */
export const positionsClosed = (end: Date, zone: string) => conflict('position.closed', `Positions closed at ${formatInstant(end, zone)} (${end.toISOString()}).`);
const CHOOSE_CIRCULATED_VERSION = 'Choose a circulated version of this consultation.';
export const positionUnknownVersion = () => invalid('position.unknown_version', 'versionId', CHOOSE_CIRCULATED_VERSION);

export const silenceWrongMethod = () => conflict('silence.wrong_method', 'This consultation is decided by consensus or comments, not by silence procedure.');
export const silenceAlreadyRunning = () =>
  conflict('silence.already_running', 'A silence procedure is already running on this consultation; extend or withdraw it first.');
export const silenceNotRunning = () => conflict('silence.not_running', 'No silence procedure is running on this consultation.');
export const silenceExpired = (expiresAt: Date, zone: string) =>
  conflict('silence.expired', `The procedure expired at ${formatInstant(expiresAt, zone)}; its outcome is being recorded.`);
export const silenceUnknownTimeZone = () => invalid('silence.unknown_time_zone', 'timeZone', 'Choose a time zone such as Asia/Jakarta.');
export const silenceUnknownVersion = () => invalid('silence.unknown_version', 'versionId', CHOOSE_CIRCULATED_VERSION);
export const expiryInPast = () => invalid('silence.expiry_in_past', 'expiresAt', 'Choose an expiry in the future.');
export const expiryNotLater = (current: Date) =>
  invalid('silence.expiry_not_later', 'expiresAt', `An extension must end later than the current expiry, ${current.toISOString()}.`);
