// GET/POST/PATCH /api/engagements — the dialogue log and timelines, one engagement, logging one and adding follow-ups; GET /api/engagements/counterparts.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ENGAGEMENT_SORTS, EngagementKind, engagementInputSchema, followUpInputSchema } from '../../../../shared/dialogue.ts';
import { api } from '../../../lib/api-client.ts';
import { listQueryOptions, recordPath, useListQuery, useWrite } from '../../../lib/query.ts';
import { engagementKeys, refreshEngagements } from './keys.ts';
import type { CounterpartView, Engagement } from './types.ts';

export interface EngagementsParams {
  q?: string;
  kind?: EngagementKind;
  topic?: string;
  year?: number;
  personId?: string;
  organizationId?: string;
  party?: string;
  sort?: (typeof ENGAGEMENT_SORTS)[number];
}
export type EngagementInput = z.input<typeof engagementInputSchema>;
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export const useEngagements = (params: EngagementsParams) => useListQuery(listQueryOptions<Engagement>(engagementKeys.list(params), '/api/engagements', { ...params }));
export const useEngagement = (id: string) =>
  useQuery(queryOptions({ queryKey: engagementKeys.detail(id), queryFn: ({ signal }) => api.get<Engagement>(recordPath('/api/engagements', id), undefined, signal) }));
export const useCounterparts = (params: { organizationId?: string; party?: string }) =>
  useQuery({
    queryKey: engagementKeys.part('counterparts', JSON.stringify(params)),
    queryFn: ({ signal }) => api.get<CounterpartView>('/api/engagements/counterparts', { ...params }, signal),
    enabled: Boolean(params.organizationId || params.party),
  });
export const useCreateEngagement = () => useWrite((input: EngagementInput) => api.post<Engagement>('/api/engagements', input), refreshEngagements);
export const useAddFollowUp = (id: string) => useWrite((f: FollowUpInput) => api.post<Engagement>(recordPath('/api/engagements', id, 'follow-ups'), { followUps: [f] }), refreshEngagements);
