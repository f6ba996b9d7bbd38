// GET /api/people?organizationId= — people who hold or held a post at the organisation.
import type { Person } from '../../../../shared/directory.ts';
import { collectionKeys, listQueryOptions, useListQuery } from '../../../lib/query.ts';

export const organizationPeopleQueryOptions = (organizationId: string) =>
  listQueryOptions<Person>(collectionKeys('people').list({ organizationId }), '/api/people', { organizationId, sort: 'name' });

export const useOrganizationPeople = (organizationId: string) => useListQuery(organizationPeopleQueryOptions(organizationId));
