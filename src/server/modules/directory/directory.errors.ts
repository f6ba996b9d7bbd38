import { invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const organizationNotFound = () => notFound('organization');
export const personNotFound = () => notFound('person');
export const partyNotFound = () => notFound('party');
export const delegationNotFound = () => notFound('delegation');
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
