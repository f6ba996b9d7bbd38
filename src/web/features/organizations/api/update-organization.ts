// PATCH /api/organizations/:id — changes to a organisation (only the fields sent).
import type { z } from 'zod';
import type { Organization, organizationUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { organizationsPath, organizationKeys } from './keys.ts';

export type OrganizationUpdate = z.input<typeof organizationUpdateSchema>;

export const updateOrganization = (id: string, input: OrganizationUpdate) => api.patch<Organization>(recordPath(organizationsPath, id), input);

export const useUpdateOrganization = (id: string) => useWrite((input: OrganizationUpdate) => updateOrganization(id, input), { detail: () => organizationKeys.detail(id) });
