// POST/PATCH /api/initiatives/:id/reports, /risks and /milestones — file a progress report, record or re-rate a risk, add or reach a milestone.
import type { z } from 'zod';
import type { milestoneInputSchema, reportInputSchema, riskInputSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { initiativePath, refreshInitiatives } from './keys.ts';

export type ReportInput = z.input<typeof reportInputSchema>;
export type RiskInput = z.input<typeof riskInputSchema>;
export type MilestoneInput = z.input<typeof milestoneInputSchema>;

export const useAddReport = (id: string) => useWrite((input: ReportInput) => api.post(initiativePath(id, 'reports'), input), refreshInitiatives);
export const useUpdateReport = (id: string) =>
  useWrite(({ reportId, ...input }: Partial<ReportInput> & { reportId: string }) => api.patch(initiativePath(id, 'reports', reportId), input), refreshInitiatives);
export const useAddRisk = (id: string) => useWrite((input: RiskInput) => api.post(initiativePath(id, 'risks'), input), refreshInitiatives);
export const useUpdateRisk = (id: string) => useWrite(({ riskId, ...input }: Partial<RiskInput> & { riskId: string }) => api.patch(initiativePath(id, 'risks', riskId), input), refreshInitiatives);
export const useAddMilestone = (id: string) => useWrite((input: MilestoneInput) => api.post(initiativePath(id, 'milestones'), input), refreshInitiatives);
export const useUpdateMilestone = (id: string) =>
  useWrite(({ milestoneId, ...input }: Partial<MilestoneInput> & { milestoneId: string }) => api.patch(initiativePath(id, 'milestones', milestoneId), input), refreshInitiatives);
