// Registers the events module's routes: the events collection, and the public page and feeds readable without signing in.
import { z } from 'zod';
import * as s from '../../../shared/events.ts';
import { feedBaseUrl } from '../../platform/calendar/calendar-feeds.ts';
import type { Api } from '../../platform/http/types.ts';
import { errors, readPolicy, recordRoutes } from '../../platform/records/routes.ts';
import { createEvent, getEvent, listEvents, setEventArchived, updateEvent } from './events.usecases.ts';
import { PUBLIC_EVENTS_CSS, publicEvents, publicEventsIcs, publicEventsPage } from './public.usecases.ts';

const tags = ['events'];
/** The public answers are the same for everyone: a shared cache may keep them briefly. */
const PUBLIC_CACHE = 'public, max-age=300';

export async function eventsRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/public/events', {
    config: readPolicy,
    schema: { tags, summary: 'The public events, without signing in: title, kind, dates, zone, venue and status only', querystring: s.publicEventsQuerySchema, response: { 200: s.publicEventsSchema, ...errors } },
    handler: async (request, reply) => reply.header('cache-control', PUBLIC_CACHE).send(await publicEvents(deps, request.ctx, request.query.lang)),
  });
  app.get('/api/public/events.ics', {
    config: readPolicy,
    schema: { tags, summary: 'The public events as an iCalendar feed (METHOD:PUBLISH)', response: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...errors } },
    handler: async (request, reply) =>
      reply.type('text/calendar; charset=utf-8').header('cache-control', PUBLIC_CACHE).send(await publicEventsIcs(deps, request.ctx, feedBaseUrl(deps))),
  });
  app.get('/public/events', {
    config: readPolicy,
    schema: { tags, summary: 'The public events page, rendered on the server in English or Russian (?lang=ru)', querystring: s.publicEventsQuerySchema, response: { 200: { description: 'text/html', content: { 'text/html': { schema: z.string() } } }, ...errors } },
    handler: async (request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', PUBLIC_CACHE).send(await publicEventsPage(deps, request.ctx, request.query.lang)),
  });
  app.get('/public/events.css', {
    config: readPolicy,
    schema: { tags, summary: 'The public events page’s stylesheet', response: { 200: { description: 'text/css', content: { 'text/css': { schema: z.string() } } } } },
    handler: async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(PUBLIC_EVENTS_CSS),
  });
  recordRoutes(app, {
    path: '/api/events',
    tag: 'events',
    noun: 'event',
    schemas: { listQuery: s.eventListQuerySchema, list: s.eventListSchema, item: s.eventSchema, input: s.eventInputSchema, update: s.eventUpdateSchema },
    ops: { list: listEvents, get: getEvent, create: createEvent, update: updateEvent, setArchived: setEventArchived },
  });
}
