// POST /api/initiatives and PATCH /api/initiatives/:id — a new initiative, and changes to one (only the fields sent).
import type { z } from 'zod';
import type { initiativeInputSchema, initiativeUpdateSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { initiativePath, refreshInitiatives } from './keys.ts';
import type { Initiative } from './types.ts';

export type InitiativeInput = z.input<typeof initiativeInputSchema>;
export type InitiativeUpdate = z.input<typeof initiativeUpdateSchema>;

export const useCreateInitiative = () => useWrite((input: InitiativeInput) => api.post<Initiative>('/api/initiatives', input), refreshInitiatives);
export const useUpdateInitiative = (id: string) => useWrite((input: InitiativeUpdate) => api.patch<Initiative>(initiativePath(id), input), refreshInitiatives);
