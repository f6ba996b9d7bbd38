// POST /api/bodies — a new body.
import type { z } from 'zod';
import type { bodyInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import type { Body } from './types.ts';

export type BodyInput = z.input<typeof bodyInputSchema>;

export const useCreateBody = () => useWrite((input: BodyInput) => api.post<Body>('/api/bodies', input));
