import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';

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

export const versionCirculated = () => conflict('version.circulated', 'This version has been circulated; a circulated version never changes. Start a new version.');
export const draftVersionExists = () => conflict('version.draft_exists', 'There is already a draft version; edit or circulate it first.');

export const missionNoteForbidden = () => forbidden('comment.mission_only_forbidden', 'Only the mission writes mission-only notes.');
export const mentionNotAllowed = () =>
  invalid('comment.mention_not_allowed', 'mentions', 'Mention only people who can see this comment.');
export const unknownVersionRef = (field = 'versionId') => invalid('consultation.unknown_version', field, 'Choose a version of this consultation.');
