// GET /api/initiatives/:id/reports, /risks, /milestones and /participants — an initiative's progress reports, risks, milestones and participating organisations.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { milestoneSchema, participantSchema, reportSchema, riskSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { initiativeKeys, initiativePath } from './keys.ts';

export type Report = z.infer<typeof reportSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Participant = z.infer<typeof participantSchema>;

const part =
  <T>(name: string) =>
  (id: string) =>
    useQuery({ queryKey: initiativeKeys.part(name, id), queryFn: ({ signal }) => api.get<{ items: T[] }>(initiativePath(id, name), undefined, signal) });

export const useReports = part<Report>('reports');
export const useRisks = part<Risk>('risks');
export const useMilestones = part<Milestone>('milestones');
export const useParticipants = part<Participant>('participants');
