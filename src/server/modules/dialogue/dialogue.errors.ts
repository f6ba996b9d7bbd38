// Typed errors of engagements and gifts, with stable codes; the status is set here.
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const engagementNotFound = () => notFound('engagement');
export const giftNotFound = () => notFound('gift');
export const engagementWriteForbidden = () => forbidden('engagement.write_forbidden', 'You may not change this engagement.');
export const giftWriteForbidden = () => forbidden('gift.write_forbidden', 'You may not change this gift.');
export const invalidPeriod = () => invalid('engagement.invalid_period', 'endsAt', 'The end must be on or after the start.');
export const unknownEngagement = () => invalid('gift.unknown_engagement', 'engagementId', 'Choose an engagement you can see.');
export const giftSideRequired = (side: 'donor' | 'recipient') =>
  invalid(`gift.${side}_required`, `${side}Name`, `Name the ${side}: a person, an organisation, a government or a name.`);

/** The answers a constraint gives when a race slips past the use case's check. */
export const dialogueConstraintErrors = [nameConstraintError('engagements_period_check', invalidPeriod)];
