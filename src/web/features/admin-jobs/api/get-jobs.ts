import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { jobSchema } from '../../../../shared/notifications.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { pagedQueryOptions } from '../../../lib/query.ts';

export type Job = z.infer<typeof jobSchema>;
export type JobStatus = Job['status'];

export const getJobs = (status: JobStatus, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Job>>('/api/admin/jobs', { status, cursor, limit: 50 }, signal);

export const jobsQueryOptions = (status: JobStatus) => pagedQueryOptions(['admin', 'jobs', status], (cursor, signal) => getJobs(status, cursor, signal));

export const useJobs = (status: JobStatus) => useInfiniteQuery({ ...jobsQueryOptions(status), placeholderData: keepPreviousData });
