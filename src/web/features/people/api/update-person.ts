// PATCH /api/people/:id — changes to a person (only the fields sent).
import type { z } from 'zod';
import type { Person, personUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { peoplePath, personKeys } from './keys.ts';

export type PersonUpdate = z.input<typeof personUpdateSchema>;

export const updatePerson = (id: string, input: PersonUpdate) => api.patch<Person>(recordPath(peoplePath, id), input);

export const useUpdatePerson = (id: string) => useWrite((input: PersonUpdate) => updatePerson(id, input), { detail: () => personKeys.detail(id) });
