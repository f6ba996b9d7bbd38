// Typed errors of the mission's events, with stable codes; the status is set here.
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const eventNotFound = () => notFound('event');
export const eventWriteForbidden = () => forbidden('event.write_forbidden', 'You may not change this event.');
export const invalidEventPeriod = () => invalid('event.invalid_period', 'ends', 'The end must be on or after the start.');
export const invalidTimeZone = () => invalid('event.invalid_time_zone', 'timeZone', 'Give an IANA time zone, e.g. Asia/Jakarta.');
export const datesNeedSameForm = () => invalid('event.dates_form', 'ends', 'Give the end as the start is given: both dates, or both dates with times.');

export const eventsConstraintErrors = [nameConstraintError('mission_events_period_check', invalidEventPeriod)];
