// Routes of the calendar: items in a range, one item as .ics, and the personal subscription feed.
import { z } from 'zod';
import * as s from '../../../shared/calendar.ts';
import { problemSchema } from '../../../shared/common.ts';
import type { Api } from '../http/types.ts';
import { feedStatus, issueFeed, revokeFeed } from './calendar-feeds.ts';
import { calendarFeedIcs, calendarItemIcs, listCalendar } from './calendar.usecases.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const ICS_TYPE = 'text/calendar; charset=utf-8';
const icsText = { description: 'An iCalendar (RFC 5545) object, METHOD:PUBLISH', content: { 'text/calendar': { schema: z.string() } } };
// Reading is open to anyone: the access policy in each query decides which items they get.
const anyone = { policy: { access: 'public' } } as const;
const signedIn = { policy: { access: 'signedIn' } } as const;

export async function calendarRoutes(app: Api) {
  app.get('/api/calendar', {
    config: anyone,
    schema: {
      tags: ['calendar'],
      summary: 'Dated items of every module overlapping [from, to), visible to you (at most 400 days)',
      querystring: s.calendarQuerySchema,
      response: { 200: s.calendarListSchema, ...errors },
    },
    handler: async (request) => listCalendar(app.deps, request.ctx, request.query),
  });

  app.get('/api/calendar/items/:id.ics', {
    config: anyone,
    schema: {
      tags: ['calendar'],
      summary: 'One item as an .ics file, to add to a calendar program',
      params: z.object({ id: z.uuid({ error: 'Not a calendar item id' }) }),
      response: { 200: icsText, ...errors },
    },
    handler: async (request, reply) => {
      const { body, fileName } = await calendarItemIcs(app.deps, request.ctx, request.params.id);
      return reply.type(ICS_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'private, no-cache').send(body);
    },
  });

  app.get('/api/calendar/feed', {
    config: signedIn,
    schema: { tags: ['calendar'], summary: 'Whether I have a calendar subscription address, and when it was last used', response: { 200: s.calendarFeedStatusSchema, ...errors } },
    handler: async (request) => feedStatus(app.deps, request.ctx),
  });
  app.post('/api/calendar/feed', {
    config: signedIn,
    schema: {
      tags: ['calendar'],
      summary: 'Make my secret subscription address (replacing any earlier one); it is shown only now',
      response: { 201: s.calendarFeedCreatedSchema, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(await issueFeed(app.deps, request.ctx)),
  });
  app.delete('/api/calendar/feed', {
    config: signedIn,
    schema: { tags: ['calendar'], summary: 'Stop my subscription address from working', response: { 204: z.null().describe('Revoked'), ...errors } },
    handler: async (request, reply) => {
      await revokeFeed(app.deps, request.ctx);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/calendar/feed/:token.ics', {
    // The secret in the address is the credential: calendar programs send no cookie. It is never logged.
    config: { ...anyone, secretPath: true },
    schema: {
      tags: ['calendar'],
      summary: 'A subscription: every item its owner may see, from 90 days ago to two years ahead',
      params: z.object({ token: z.string().max(200) }),
      response: { 200: icsText, 404: problemSchema },
    },
    handler: async (request, reply) => {
      const body = await calendarFeedIcs(app.deps, request.params.token, { requestId: request.ctx.requestId, ip: request.ctx.ip });
      return reply.type(ICS_TYPE).header('cache-control', 'private, max-age=300').send(body);
    },
  });
}
