import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const bodyNotFound = () => notFound('body');
export const meetingNotFound = () => notFound('meeting');
export const agendaItemNotFound = () => notFound('agenda_item');
export const decisionNotFound = () => notFound('decision');
export const actionItemNotFound = () => notFound('action_item');
export const coordinatorNotFound = () => notFound('body_coordinator');
export const workPlanLineNotFound = () => notFound('work_plan_line');

export const bodyWriteForbidden = () => forbidden('body.write_forbidden', 'You may not change this body.');
export const meetingWriteForbidden = () => forbidden('meeting.write_forbidden', 'You may not change this meeting or its record.');
export const approveForbidden = () => forbidden('meeting.approve_forbidden', 'Only the head of mission approves a meeting record.');

export const recordLocked = () =>
  conflict('meeting.record_locked', 'The record of this meeting is approved and locked; correct the minutes with a corrigendum.');
export const recordNotApproved = () =>
  conflict('meeting.record_not_approved', 'A corrigendum corrects an approved record; edit the minutes of a draft record directly.');
export const transitionNotAllowed = (from: string, to: string) =>
  new AppError('meeting.transition_not_allowed', 409, 'Conflict', `A meeting cannot go from ${from.replaceAll('_', ' ')} to ${to.replaceAll('_', ' ')}.`, [
    { field: 'status', message: `Not allowed from ${from.replaceAll('_', ' ')}` },
  ]);
export const staleMinutes = (current: number) =>
  new AppError('minutes.stale_version', 409, 'Conflict', `The minutes were changed meanwhile (now version ${current}); reload them and apply your edit again.`, [
    { field: 'baseVersion', message: `Current version is ${current}` },
  ]);

export const bodyCycle = () => invalid('body.parent_cycle', 'parentId', 'A body cannot be placed under itself or one of its own sub-bodies.');
export const invalidPeriod = (field: string) => invalid('meetings.invalid_period', field, 'The end must be on or after the start.');
export const invalidTimeZone = () => invalid('meeting.invalid_time_zone', 'timeZone', 'Use an IANA time zone, such as Asia/Jakarta.');
export const meetingNumberTaken = () => invalid('meeting.number_taken', 'number', 'This body already has a meeting with this number.');
export const workPlanCodeTaken = () => invalid('work_plan.code_taken', 'code', 'This body’s work plan already has a line with this code.');
export const notAMember = (field: string, code: string) =>
  invalid('attendance.not_a_member', field, `${code} is not a member of this body; record observers under other participants.`);
export const agendaItemHasDecisions = () =>
  conflict('agenda_item.has_decisions', 'Decisions refer to this agenda item; move them to another item first.');
export const decisionNotInForce = () => invalid('decision.not_in_force', 'supersedesId', 'Only a decision in force can be superseded.');
export const noMeetingForDecision = () =>
  invalid('decision.no_meeting', 'bodyId', 'The body has no meeting to record the decision under; schedule one first.');
export const ownerRequired = () =>
  invalid('action_item.owner_required', 'ownerPartyCode', 'Give an owner: a party, an organisation, a person or a mission user.');

// The same answers when the database's constraint catches what a check let through (two requests at once).
/** The constraints whose refusal answers as the rule the use case checks (listed in the manifest). */
export const meetingsConstraintErrors = [
  nameConstraintError('work_plan_lines_body_code_uq', workPlanCodeTaken),
  nameConstraintError('meetings_body_number_uq', meetingNumberTaken),
  nameConstraintError('meetings_period_check', () => invalidPeriod('endsAt')),
  nameConstraintError('body_coordinators_period_check', () => invalidPeriod('toDate')),
  nameConstraintError('decisions_agenda_item_id_agenda_items_id_fk', agendaItemHasDecisions, 'referenced'),
  nameConstraintError('action_items_owner_check', ownerRequired),
];
