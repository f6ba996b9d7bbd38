// POST /api/people/:id/archive — archives a person.
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { peoplePath } from './keys.ts';

export const archivePerson = (id: string) => api.post<Person>(recordPath(peoplePath, id, 'archive'));

export const useArchivePerson = (id: string) => useWrite(() => archivePerson(id));
