// Typed errors of the numbering service, with stable codes; the status is set here.
import { AppError, conflict, invalid } from '../errors.ts';

export const numberNotFound = () => new AppError('number.not_found', 404, 'Not found', 'No number with this code in the series.');

export const numberAlreadyCancelled = (code: string) => conflict('number.already_cancelled', `${code} is already cancelled; a number is cancelled once and never reused.`);

export const seriesCountingFixed = (key: string) =>
  conflict('number_series.counting_fixed', `The series ${key} has numbers already: whether it counts per year can no longer change.`, 'perYear');

export const badNumberFormat = (reason: string) => invalid('number_series.bad_format', 'format', reason);

export const badSeriesTimeZone = (zone: string) => invalid('number_series.bad_time_zone', 'timeZone', `${zone || 'An empty name'} is not a time zone; use an IANA name such as Asia/Jakarta.`);
