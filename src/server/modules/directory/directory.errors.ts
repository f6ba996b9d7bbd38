// Typed errors of the directory (parties, organisations, people, delegations), with stable codes; the status is set here.
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const organizationNotFound = () => notFound('organization');
export const personNotFound = () => notFound('person');
export const partyNotFound = () => notFound('party');
export const delegationNotFound = () => notFound('delegation');
export const organizationWriteForbidden = () => forbidden('organization.write_forbidden', 'You may not change this organisation.');
export const personWriteForbidden = () => forbidden('person.write_forbidden', 'You may not change this person.');
export const partyWriteForbidden = () => forbidden('party.write_forbidden', 'You may not change this party.');
export const delegationWriteForbidden = () => forbidden('delegation.write_forbidden', 'You may not change this delegation.');

/** Party codes in `field` that name no party. */
export const unknownParty = (field: string, codes: string[]) => invalid('directory.unknown_party', field, `Unknown party code: ${codes.join(', ')}.`);
/** An organisation in `field` that does not exist or that the user may not see. */
export const unknownOrganization = (field: string) => invalid('directory.unknown_organization', field, 'Choose an organisation from the directory.');
/** A person in `field` who does not exist or whom the user may not see. */
export const unknownPerson = (field: string) => invalid('directory.unknown_person', field, 'Choose a person from the directory.');
export const organizationCycle = () =>
  invalid('organization.parent_cycle', 'parentId', 'An organisation cannot be placed under itself or one of its own units.');
export const partyCodeTaken = () => invalid('party.code_taken', 'code', 'A party with this code already exists.');
export const partyCodeImmutable = () =>
  invalid('party.code_immutable', 'code', 'A party’s code cannot be changed once created; archive it and create a new party instead.');
export const invalidPeriod = (field: string) =>
  invalid('directory.invalid_period', field, 'The end date must be on or after the start date.');

// The same answers when the database's constraint catches what a check let through (two requests at once).
/** The constraints whose refusal answers as the rule the use case checks (listed in the manifest). */
export const directoryConstraintErrors = [
  nameConstraintError('parties_code_uq', partyCodeTaken),
  nameConstraintError('parties_membership_period_check', () => invalidPeriod('memberTo')),
  nameConstraintError('posts_period_check', () => invalidPeriod('posts')),
  nameConstraintError('delegation_members_period_check', () => invalidPeriod('members')),
];
