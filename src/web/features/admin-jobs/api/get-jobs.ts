// GET /api/admin/jobs?status= — background jobs in one state (failed first), for administrators.
import type { z } from 'zod';
import type { jobSchema } from '../../../../shared/notifications.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { adminKeys } from './keys.ts';

export type Job = z.infer<typeof jobSchema>;
export type JobStatus = Job['status'];

export const jobsQueryOptions = (status: JobStatus) => listQueryOptions<Job>(adminKeys.part('jobs', status), '/api/admin/jobs', { status }, 50);

export const useJobs = (status: JobStatus) => useListQuery(jobsQueryOptions(status));
