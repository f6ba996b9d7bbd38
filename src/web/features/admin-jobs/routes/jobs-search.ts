// The jobs page's URL search parameters (which status).
import { oneOf } from '../../../lib/search-params.ts';

export const JOB_STATUSES = ['failed', 'pending', 'running', 'done', 'cancelled'] as const;

export interface JobsSearch {
  /** `failed` when absent. */
  status?: Exclude<(typeof JOB_STATUSES)[number], 'failed'>;
}

export function parseJobsSearch(raw: Record<string, unknown>): JobsSearch {
  const status = oneOf(raw.status, JOB_STATUSES);
  return { status: status === 'failed' ? undefined : status };
}
