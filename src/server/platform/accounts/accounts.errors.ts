// Typed errors of user accounts, with stable codes; the status is set here.
import { AppError, conflict, invalid, notFound } from '../errors.ts';
import { nameConstraintError } from '../http/constraint-errors.ts';

export const userNotFound = () => notFound('user');
export const userEmailNotFound = (email: string) => new AppError('user.not_found', 404, 'Not found', `No account with the e-mail address ${email}.`);
export const emailTaken = () => conflict('user.email_taken', 'An account with this e-mail address already exists.', 'email');
export const accountUnknownParty = (code: string) => invalid('user.unknown_party', 'partyCode', `There is no party with code ${code}.`);
export const accountUnknownOrganization = () => invalid('user.unknown_organization', 'organizationId', 'There is no such organisation.');
export const cannotDisableSelf = () => invalid('user.cannot_disable_self', 'disabled', 'You cannot disable your own account.');
export const demoPassword = (field = 'password') => invalid('user.demo_password', field, 'Choose a password other than the demo password.');

/** Two accounts created at once with one address: the second answers as the check would. */
export const accountsConstraintErrors = [nameConstraintError('users_email_lower_uq', emailTaken)];
