// POST /api/people — a new person.
import type { z } from 'zod';
import type { Person, personInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { peoplePath, personKeys } from './keys.ts';

export type PersonInput = z.input<typeof personInputSchema>;

export const createPerson = (input: PersonInput) => api.post<Person>(peoplePath, input);

export const useCreatePerson = () => useWrite(createPerson, { detail: (record) => personKeys.detail(record.id) });
