// Typed errors of bodies, meetings, their agenda, attendance, decisions, action items and work plans, with stable codes; the status is set here.
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
export const ownerNotStaff = () => invalid('action_item.owner_not_staff', 'ownerUserId', 'An owning user must be a mission staff account.');
export const actionItemUnknownDecision = () => invalid('action_item.unknown_decision', 'decisionId', 'Choose a decision of the same body.');

export const decisionUnknownAgendaItem = () => invalid('decision.unknown_agenda_item', 'agendaItemId', 'Choose an item of this meeting’s agenda.');
export const decisionUnknownSuperseded = () => invalid('decision.unknown_superseded', 'supersedesId', 'Choose a decision of the same body.');

export const rotationNotMember = (code: string) =>
  invalid('body.rotation_not_member', 'rotationOrder', `${code} is in the rotation order but not a member of the body.`);
export const rotationRepeats = () => invalid('body.rotation_repeats', 'rotationOrder', 'Name each party once in the rotation order.');
export const responsibleNotStaff = () => invalid('body.responsible_not_staff', 'responsibleUserIds', 'Responsible people must be mission staff accounts.');
export const unknownParentBody = () => invalid('body.unknown_parent', 'parentId', 'Choose a parent body you can see.');
export const coordinatorNotAMember = (code: string) => invalid('body_coordinator.not_a_member', 'partyCode', `${code} is not a member of this body.`);

export const meetingUnknownBody = () => invalid('meeting.unknown_body', 'bodyId', 'Choose a body you can see.');
export const meetingNumberFixed = () =>
  invalid('meeting.number_fixed', 'number', 'Decisions of this meeting are already numbered with it; the number can no longer change.');
export const agendaOrderMismatch = () => invalid('agenda.order_mismatch', 'ids', 'Send every item of this agenda exactly once, in the new order.');
/** A party listed twice in a meeting's attendance (`field` names the row). */
export const partyAttendanceRepeated = (field: string, code: string) => invalid('attendance.repeated', field, `${code} is listed twice.`);
/** An organisation listed twice among a meeting's other participants (`field` names the row). */
export const organizationAttendanceRepeated = (field: string) => invalid('attendance.repeated', field, 'This organisation is listed twice.');

/** An action item offered as a matter arising that is not open, not of an earlier meeting of the body, or already carried (`field` names it). */
export const actionItemNotOffered = (field: string) =>
  invalid('matters_arising.not_offered', field, 'Not an open action item of an earlier meeting of this body, or already on the agenda.');
/** A decision offered as a matter arising that is not in force, not of an earlier meeting of the body, or already carried (`field` names it). */
export const decisionNotOffered = (field: string) =>
  invalid('matters_arising.not_offered', field, 'Not a decision in force of an earlier meeting of this body, or already on the agenda.');

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
export const followUpWriteForbidden = () => forbidden('action_item.write_forbidden', 'You may not change this follow-up.');
