import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';

export const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
export const idParams = z.object({ id: z.uuid({ error: 'Not a record id' }) });
export const childParams = (child: string) => z.object({ id: z.uuid({ error: 'Not a record id' }), [child]: z.uuid({ error: 'Not a record id' }) });
export const noContent = z.null().describe('Done');
// Reading is open to anyone: the access policy in each query decides what they get.
export const readPolicy = { policy: { access: 'public' } } as const;
// Writing needs a signed-in user; the use case asks the access policy about the record itself.
export const writePolicy = { policy: { access: 'signedIn' } } as const;
