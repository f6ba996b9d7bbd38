// POST /api/people/:id/restore — restores a person.
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { peoplePath } from './keys.ts';

export const restorePerson = (id: string) => api.post<Person>(recordPath(peoplePath, id, 'restore'));

export const useRestorePerson = (id: string) => useWrite(() => restorePerson(id));
