// Typed errors of agreements, focal points and liaison requests, with stable codes; the status is set here.
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const liaisonRequestNotFound = () => notFound('liaison_request');
export const agreementNotFound = () => notFound('agreement');
export const focalPointNotFound = () => notFound('focal_point');

export const liaisonRequestWriteForbidden = () => forbidden('liaison_request.write_forbidden', 'You may not change this liaison request.');
export const liaisonStepForbidden = () => forbidden('liaison_request.step_forbidden', 'You may not add steps to this liaison request.');
export const agreementWriteForbidden = () => forbidden('agreement.write_forbidden', 'You may not change this agreement.');
export const focalPointWriteForbidden = () => forbidden('focal_point.write_forbidden', 'You may not change this focal point.');

export const sameOrganization = () => invalid('liaison_request.same_organization', 'targetOrganizationId', 'Choose another organisation than the requesting one.');
export const unknownAgreement = (field = 'agreementId') => invalid('liaison.unknown_agreement', field, 'Choose an agreement you can see.');
export const responsibleNotStaff = () => invalid('liaison.responsible_not_staff', 'responsibleUserId', 'The responsible person must be a mission staff account.');
export const invalidPeriod = (field: string) => invalid('liaison.invalid_period', field, 'The end must be on or after the start.');
export const renewalYearsRequired = () => invalid('agreement.renewal_years_required', 'renewalYears', 'Say every how many years the agreement renews itself.');
export const ownPredecessor = () => invalid('agreement.own_predecessor', 'predecessorId', 'An agreement cannot succeed itself.');

export const statusNotForward = (from: string, to: string) =>
  new AppError('liaison_request.status_not_forward', 409, 'Conflict', `A liaison request cannot move from ${from.replaceAll('_', ' ')} to ${to.replaceAll('_', ' ')}.`, [
    { field: 'status', message: `Not allowed from ${from.replaceAll('_', ' ')}` },
  ]);

/** The constraints whose refusal answers as the rule the use case checks (listed in the manifest). */
export const liaisonConstraintErrors = [
  nameConstraintError('liaison_requests_two_organizations_check', sameOrganization),
  nameConstraintError('agreements_validity_period_check', () => invalidPeriod('expiresOn')),
  nameConstraintError('agreements_renewal_check', renewalYearsRequired),
  nameConstraintError('agreements_not_own_predecessor_check', ownPredecessor),
  nameConstraintError('focal_points_period_check', () => invalidPeriod('toDate')),
];
