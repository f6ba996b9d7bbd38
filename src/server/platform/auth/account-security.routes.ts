// Routes of the signed-in user's own account security: the second factor, recovery codes, sessions, password. Open to a user who must still set up the second factor.
import { z } from 'zod';
import {
  accountSessionListSchema,
  codeInputSchema,
  passwordChangeSchema,
  passwordConfirmSchema,
  recoveryCodesSchema,
  secondFactorSetupSchema,
  securitySchema,
  signOutOthersSchema,
} from '../../../shared/account-security.ts';
import { problemSchema } from '../../../shared/common.ts';
import type { Api } from '../http/types.ts';
import {
  changeOwnPassword,
  confirmSecondFactor,
  describeSecurity,
  disableSecondFactor,
  listOwnSessions,
  regenerateRecoveryCodes,
  revokeOwnSession,
  signOutOtherSessions,
  startSecondFactorSetup,
} from './account-security.usecases.ts';
import { SESSION_COOKIE } from './sessions.ts';

/** Any signed-in user, for their own account, even before a required second factor is set up. */
const own = { policy: { access: 'signedIn' }, beforeSecondFactor: true } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export async function accountSecurityRoutes(app: Api) {
  app.get('/api/account/security', {
    config: own,
    schema: { tags: ['account'], summary: 'The state of my second factor', response: { 200: securitySchema, ...errors } },
    handler: async (request) => describeSecurity(app.deps, request.ctx),
  });

  app.post('/api/account/second-factor/setup', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'Start setting up the second factor: a new secret as a QR code and as text',
      response: { 200: secondFactorSetupSchema, ...errors },
    },
    handler: async (request) => startSecondFactorSetup(app.deps, request.ctx),
  });

  app.post('/api/account/second-factor/confirm', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'Confirm the set-up with a code from the app; answers the recovery codes, shown only this once',
      body: codeInputSchema,
      response: { 200: recoveryCodesSchema, ...errors },
    },
    handler: async (request) => confirmSecondFactor(app.deps, request.ctx, request.body.code),
  });

  app.post('/api/account/second-factor/disable', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'Switch the second factor off (with the password; not where the role requires it)',
      body: passwordConfirmSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await disableSecondFactor(app.deps, request.ctx, request.body.password);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/account/recovery-codes', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'New recovery codes (with the password), shown only this once; the old ones stop working',
      body: passwordConfirmSchema,
      response: { 200: recoveryCodesSchema, ...errors },
    },
    handler: async (request) => regenerateRecoveryCodes(app.deps, request.ctx, request.body.password),
  });

  app.get('/api/account/sessions', {
    config: own,
    schema: { tags: ['account'], summary: 'My open sessions; `current` marks this one', response: { 200: accountSessionListSchema, ...errors } },
    handler: async (request) => listOwnSessions(app.deps, request.ctx, request.cookies[SESSION_COOKIE]),
  });

  app.delete('/api/account/sessions/:id', {
    config: own,
    schema: { tags: ['account'], summary: 'End one of my sessions', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      await revokeOwnSession(app.deps, request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/account/sessions/sign-out-others', {
    config: own,
    schema: { tags: ['account'], summary: 'End all my sessions but this one', response: { 200: signOutOthersSchema, ...errors } },
    handler: async (request) => signOutOtherSessions(app.deps, request.ctx, request.cookies[SESSION_COOKIE]),
  });

  app.put('/api/account/password', {
    config: own,
    schema: {
      tags: ['account'],
      summary: 'Change my password (the current one, then a new one); my other sessions end',
      body: passwordChangeSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await changeOwnPassword(app.deps, request.ctx, request.body, request.cookies[SESSION_COOKIE]);
      return reply.code(204).send(null);
    },
  });
}
