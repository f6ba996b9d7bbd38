// The administrator's routes for accounts: list, create and change.
import { z } from 'zod';
import { lockoutListSchema, userCreateSchema, userListQuerySchema, userListSchema, userSchema, userUpdateSchema } from '../../../shared/admin.ts';
import { problemSchema } from '../../../shared/common.ts';
import { lockoutsInForce } from '../auth/throttle.ts';
import type { Api } from '../http/types.ts';
import { createUser, listUsers, toUserDto, updateUser } from './accounts.usecases.ts';

const adminOnly = { policy: { access: 'roles', roles: ['admin'] } } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export async function accountsRoutes(app: Api) {
  app.get('/api/users', {
    config: adminOnly,
    schema: { tags: ['accounts'], summary: 'List accounts', querystring: userListQuerySchema, response: { 200: userListSchema, ...errors } },
    handler: async (request) => listUsers(app.deps, request.query),
  });

  app.post('/api/users', {
    config: adminOnly,
    schema: { tags: ['accounts'], summary: 'Create an account', body: userCreateSchema, response: { 201: userSchema, ...errors } },
    handler: async (request, reply) => {
      const u = await createUser(app.deps, request.ctx, request.body);
      return reply.code(201).send(toUserDto(u));
    },
  });

  app.patch('/api/users/:id', {
    config: adminOnly,
    schema: {
      tags: ['accounts'],
      summary: 'Change an account: name, language, disable/enable, reset password',
      params: z.object({ id: z.uuid() }),
      body: userUpdateSchema,
      response: { 200: userSchema, ...errors },
    },
    handler: async (request) => toUserDto(await updateUser(app.deps, request.ctx, request.params.id, request.body)),
  });

  app.get('/api/users/lockouts', {
    config: adminOnly,
    schema: { tags: ['accounts'], summary: 'Sign-in lockouts in force: account and address pairs, accounts and addresses', response: { 200: lockoutListSchema, ...errors } },
    handler: async () => lockoutsInForce(app.deps),
  });
}
