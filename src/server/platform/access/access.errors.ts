// Typed errors of the access fields of a write (classification, sharing, restriction), with stable codes; the status is set here.
import { AppError, forbidden, invalid } from '../errors.ts';

/** The user may create no record of this type at all, whatever its classification. */
export const createForbidden = (recordType: string) =>
  forbidden(`${recordType}.create_forbidden`, `You may not create records of this kind (${recordType.replaceAll('_', ' ')}).`);

export const classificationNotAllowed = (allowed: string[]) =>
  invalid('access.classification_not_allowed', 'classification', `You may give this record only these classifications: ${allowed.join(', ')}.`);

export const classifyForbidden = () => forbidden('access.classify_forbidden', 'You may not change who can see this record.');

const SHARE_WITH_SOMEONE = 'Choose at least one party or organisation to share with.';
export const sharedWithNobody = () => new AppError('access.shared_with_nobody', 400, 'Invalid request', SHARE_WITH_SOMEONE, [{ field: 'sharedWith', message: SHARE_WITH_SOMEONE }]);

/** Party codes in a record's sharing list that name no party (the directory's error, answered by the platform). */
export const unknownSharedParties = (codes: string[]) => invalid('directory.unknown_party', 'sharedWith.parties', `Unknown party code: ${codes.join(', ')}.`);

/** An organisation in a record's sharing list that does not exist or that the user may not see. */
export const unknownSharedOrganization = () => invalid('directory.unknown_organization', 'sharedWith.organizations', 'Choose an organisation from the directory.');

/** A restricted record or document opened to someone outside the mission's staff. */
export const restrictedToOutsider = (noun: 'record' | 'document') =>
  invalid('access.restricted_to_outsider', 'restrictedTo', `A restricted ${noun} can be opened only to mission staff.`);
