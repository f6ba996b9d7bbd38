// Typed errors of the job queue's admin routes, with stable codes; the status is set here.
import { notFound } from '../errors.ts';

/** No failed job with this id to retry. */
export const jobNotFound = () => notFound('job');
