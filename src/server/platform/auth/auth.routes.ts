// Routes of signing in (password, then the second factor when the user has one) and out, the current session and user, and the user's language.
import { z } from 'zod';
import { loginChallengeSchema, loginInputSchema, meSchema, preferencesInputSchema, secondFactorLoginSchema, sessionSchema } from '../../../shared/auth.ts';
import { problemSchema } from '../../../shared/common.ts';
import type { Api } from '../http/types.ts';
import { sessionCookieOptions } from './auth.plugin.ts';
import { describeMe, login, setLanguage } from './auth.usecases.ts';
import { SESSION_COOKIE, destroySession } from './sessions.ts';
import { loginSecondFactor } from './sign-in.ts';

export async function authRoutes(app: Api) {
  app.post('/api/auth/login', {
    config: { policy: { access: 'public' }, beforeSecondFactor: true },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with e-mail and password; sets the session cookie',
      body: loginInputSchema,
      response: { 200: meSchema, 202: loginChallengeSchema, 401: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const old = request.cookies[SESSION_COOKIE];
      if (old) {
        await destroySession(app.deps.db, old);
        app.sessions.drop(old);
      }
      const result = await login(
        app.deps,
        { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) },
        request.body,
      );
      // The password was right and the user has a second factor: the code is asked for next.
      if ('challenge' in result) return reply.code(202).send({ secondFactor: 'totp' as const, challenge: result.challenge });
      const { token, viewer } = result;
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(app, request));
      request.ctx = { ...request.ctx, viewer };
      return describeMe(app.deps, request.ctx, app.demoMode);
    },
  });

  app.post('/api/auth/login/second-factor', {
    config: { policy: { access: 'public' }, beforeSecondFactor: true },
    schema: {
      tags: ['auth'],
      summary: 'Second step of signing in: the code from the authenticator app, or a recovery code; sets the session cookie',
      body: secondFactorLoginSchema,
      response: { 200: meSchema, 400: problemSchema, 401: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const { token, viewer } = await loginSecondFactor(
        app.deps,
        { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) },
        request.body,
      );
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(app, request));
      request.ctx = { ...request.ctx, viewer };
      return describeMe(app.deps, request.ctx, app.demoMode);
    },
  });

  app.post('/api/auth/logout', {
    config: { policy: { access: 'public' }, beforeSecondFactor: true },
    schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await destroySession(app.deps.db, token);
        app.sessions.drop(token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    config: { policy: { access: 'signedIn' }, beforeSecondFactor: true },
    schema: { tags: ['auth'], summary: 'The signed-in user, role and abilities', response: { 200: meSchema, 401: problemSchema } },
    handler: async (request) => describeMe(app.deps, request.ctx, app.demoMode),
  });

  app.get('/api/auth/session', {
    config: { policy: { access: 'public' }, beforeSecondFactor: true },
    schema: { tags: ['auth'], summary: 'The signed-in user and abilities, or `me: null` for a visitor', response: { 200: sessionSchema } },
    handler: async (request) => ({
      me: request.ctx.viewer ? await describeMe(app.deps, request.ctx, app.demoMode) : null,
      demo: app.demoMode,
    }),
  });

  app.put('/api/auth/me/preferences', {
    config: { policy: { access: 'signedIn' }, beforeSecondFactor: true },
    schema: {
      tags: ['auth'],
      summary: "Remember the user's language",
      body: preferencesInputSchema,
      response: { 200: meSchema, 400: problemSchema, 401: problemSchema },
    },
    handler: async (request) => {
      request.ctx = await setLanguage(app.deps, request.ctx, request.body.language);
      return describeMe(app.deps, request.ctx, app.demoMode);
    },
  });
}
