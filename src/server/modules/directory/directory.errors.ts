import { invalid, notFound } from '../../platform/errors.ts';

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
