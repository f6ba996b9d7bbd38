// POST /api/organizations — a new organisation.
import type { z } from 'zod';
import type { Organization, organizationInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { organizationsPath, organizationKeys } from './keys.ts';

export type OrganizationInput = z.input<typeof organizationInputSchema>;

export const createOrganization = (input: OrganizationInput) => api.post<Organization>(organizationsPath, input);

export const useCreateOrganization = () => useWrite(createOrganization, { detail: (record) => organizationKeys.detail(record.id) });
