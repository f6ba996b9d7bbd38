// PATCH /api/bodies/:id — changes to a body (only the fields sent).
import type { z } from 'zod';
import type { bodyUpdateSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { bodyKeys, bodyPath } from './keys.ts';
import type { Body } from './types.ts';

export type BodyUpdate = z.input<typeof bodyUpdateSchema>;

export const useUpdateBody = (id: string) => useWrite((input: BodyUpdate) => api.patch<Body>(bodyPath(id), input), { detail: () => bodyKeys.detail(id) });
