// GET /api/people — the list of people, filtered, sorted and paged.
import type { Person } from '../../../../shared/directory.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';
import { peoplePath, personKeys } from './keys.ts';

export interface PeopleParams {
  q?: string;
  organizationId?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const peopleQueryOptions = (params: PeopleParams) => listQueryOptions<Person>(personKeys.list(params), peoplePath, { ...params });

export const usePeople = (params: PeopleParams) => useListQuery(peopleQueryOptions(params));
