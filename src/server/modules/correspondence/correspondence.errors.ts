// Typed errors of correspondence, its status flow, dispatch and templates, with stable codes; the status is set here.
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const correspondenceNotFound = () => notFound('correspondence');
export const templateNotFound = () => notFound('correspondence_template');
export const correspondenceWriteForbidden = () => forbidden('correspondence.write_forbidden', 'You may not change this item of correspondence.');
export const approvalForbidden = () => forbidden('correspondence.approval_forbidden', 'Only the head of mission approves an outgoing item.');
export const templatesForbidden = () => forbidden('correspondence_template.write_forbidden', 'Only the head of mission or an administrator changes templates.');
export const seriesForbidden = () => forbidden('correspondence_series.write_forbidden', 'Only the head of mission or an administrator sets the register’s format.');

export const neverPublic = () => invalid('correspondence.never_public', 'classification', 'Correspondence is never public: keep it for the mission or share it with its correspondents.');
export const sharedBeyondCorrespondents = () =>
  invalid('correspondence.shared_beyond_correspondents', 'sharedWith.parties', 'Share an item only with the parties it is addressed to or comes from.');
export const sharedWithOrganizations = () => invalid('correspondence.shared_with_organizations', 'sharedWith.organizations', 'Correspondence is shared with parties only.');
export const addresseeRequired = () => invalid('correspondence.addressee_required', 'addressees', 'Name at least one addressee.');
export const senderRequired = () => invalid('correspondence.sender_required', 'senderOrganizationId', 'Name the organisation that sent it.');
export const assigneeNotStaff = (field = 'assigneeUserId') => invalid('correspondence.assignee_not_staff', field, 'Assign it to a mission staff account.');
export const assigneeRequired = () => invalid('correspondence.assignee_required', 'assigneeUserId', 'Choose whom to assign it to.');
export const reasonRequired = () => invalid('correspondence.reason_required', 'reason', 'Say why the item is cancelled.');
export const unknownReplyTarget = () => invalid('correspondence.unknown_reply_target', 'inReplyToId', 'Choose an item of correspondence you can see.');
export const unknownTemplate = () => invalid('correspondence.unknown_template', 'templateId', 'Choose a template.');
export const unknownScan = () => invalid('correspondence.unknown_scan', 'scanDocumentId', 'Choose a document you can see.');
export const noEmailAddress = (index: number) => invalid('correspondence.no_email', `addressees.${index}.email`, 'Give this addressee’s e-mail address, or record delivery by hand.');
export const badSeriesFormat = (message: string) => invalid('correspondence_series.bad_format', 'format', message);
export const unknownSeries = () => notFound('correspondence_series');

export const statusNotAllowed = (from: string, to: string) =>
  new AppError('correspondence.status_not_allowed', 409, 'Conflict', `An item cannot move from ${from} to ${to}.`, [{ field: 'status', message: `Not allowed from ${from}` }]);
export const notApproved = () =>
  new AppError('correspondence.not_approved', 409, 'Conflict', 'The head of mission approves an outgoing item before it is dispatched.', [{ field: 'status', message: 'Not approved' }]);
export const notEditable = (status: string) =>
  new AppError('correspondence.not_editable', 409, 'Conflict', `An item that is ${status} is no longer edited; reply to it or cancel it.`, [{ field: 'status', message: `Item is ${status}` }]);
export const notOutgoing = () => invalid('correspondence.not_outgoing', 'direction', 'Only an outgoing item is dispatched.');

/** The constraints whose refusal answers as the rule the use case checks (listed in the manifest). */
export const correspondenceConstraintErrors = [nameConstraintError('correspondence_not_public_check', neverPublic)];
