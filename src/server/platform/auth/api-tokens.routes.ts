// Routes of API tokens: a user's own (made with their password), and the administrator's view of every token and the tokens of service accounts.
import { z } from 'zod';
import { apiTokenCreatedSchema, apiTokenCreateSchema, apiTokenListSchema, ownApiTokenCreateSchema } from '../../../shared/api-tokens.ts';
import { problemSchema } from '../../../shared/common.ts';
import type { Api } from '../http/types.ts';
import { createOwnToken, createServiceToken, listTokens, revokeToken } from './api-tokens.usecases.ts';

const own = { policy: { access: 'signedIn' } } as const;
const adminOnly = { policy: { access: 'roles', roles: ['admin'] } } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const idParams = z.object({ id: z.uuid() });

export async function apiTokensRoutes(app: Api) {
  app.get('/api/account/tokens', {
    config: own,
    schema: { tags: ['account'], summary: 'My API tokens, newest first (never their secrets)', response: { 200: apiTokenListSchema, ...errors } },
    handler: async (request) => listTokens(app.deps.db, request.ctx, 'own'),
  });

  app.post('/api/account/tokens', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'Make an API token acting as me (asks for my password); the secret is in this answer only',
      body: ownApiTokenCreateSchema,
      response: { 201: apiTokenCreatedSchema, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(await createOwnToken(app.deps, request.ctx, request.body)),
  });

  app.delete('/api/account/tokens/:id', {
    config: own,
    schema: { tags: ['account'], summary: 'Revoke one of my API tokens', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      await revokeToken(app.deps, request.ctx, request.params.id, 'own');
      return reply.code(204).send(null);
    },
  });

  app.get('/api/tokens', {
    config: adminOnly,
    schema: { tags: ['accounts'], summary: 'Every API token, with the account it acts as', response: { 200: apiTokenListSchema, ...errors } },
    handler: async (request) => listTokens(app.deps.db, request.ctx, 'all'),
  });

  app.post('/api/users/:id/tokens', {
    config: adminOnly,
    schema: {
      tags: ['accounts'],
      summary: "Make an API token for a service account; the secret is in this answer only",
      params: idParams,
      body: apiTokenCreateSchema,
      response: { 201: apiTokenCreatedSchema, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(await createServiceToken(app.deps, request.ctx, request.params.id, request.body)),
  });

  app.delete('/api/tokens/:id', {
    config: adminOnly,
    schema: { tags: ['accounts'], summary: 'Revoke any API token', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      await revokeToken(app.deps, request.ctx, request.params.id, 'all');
      return reply.code(204).send(null);
    },
  });
}
