// Routes of a user's notifications, preferences and server-sent unread count; the administrator's outbox.
import type { ServerResponse } from 'node:http';
import { count, desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';
import * as s from '../../../shared/notifications.ts';
import { mailOutbox } from '../../db/schema/notifications.table.ts';
import { decodeInstantCursor, encodeCursor } from '../http/cursor.ts';
import type { Api } from '../http/types.ts';
import { getPreferences, listMyNotifications, markRead, setPreferences, unreadCount } from './notifications.usecases.ts';

const signedIn = { policy: { access: 'signedIn' } } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

export async function notificationsRoutes(app: Api) {
  // Open event streams end when the server stops; otherwise closing would wait for them forever.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const s of streams) s.end();
  });
  app.get('/api/notifications', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'My notifications, newest first', querystring: s.notificationListQuerySchema, response: { 200: s.notificationListSchema, ...errors } },
    handler: async (request) => listMyNotifications(app.deps, request.ctx, { limit: request.query.limit, cursor: request.query.cursor, unread: request.query.unread === 'true' }),
  });
  app.get('/api/notifications/unread-count', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'Number of unread notifications', response: { 200: s.unreadSchema, ...errors } },
    handler: async (request) => ({ unread: await unreadCount(app.deps, request.ctx) }),
  });
  app.post('/api/notifications/read', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'Mark notifications read (all, when no ids are given)', body: s.markReadSchema, response: { 200: s.unreadSchema, ...errors } },
    handler: async (request) => ({ unread: await markRead(app.deps, request.ctx, request.body.ids) }),
  });
  app.get('/api/notifications/preferences', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'How I am told about each kind of event', response: { 200: s.preferencesSchema, ...errors } },
    handler: async (request) => ({ items: await getPreferences(app.deps, request.ctx) }),
  });
  app.put('/api/notifications/preferences', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'Set immediate / daily digest / off per kind of event', body: s.preferencesInputSchema, response: { 200: s.preferencesSchema, ...errors } },
    handler: async (request) => ({ items: await setPreferences(app.deps, request.ctx, request.body.preferences) }),
  });

  app.get('/api/notifications/stream', {
    config: signedIn,
    schema: { tags: ['notifications'], summary: 'Server-Sent Events: `unread` with the unread count whenever it changes' },
    handler: async (request, reply) => {
      const ctx = request.ctx;
      const userId = ctx.viewer!.id;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      });
      const send = async () => {
        const unread = await unreadCount(app.deps, ctx);
        raw.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
      };
      await send();
      const unsubscribe = app.events.subscribe((e) => {
        if (e.type === 'notification' && e.userIds.includes(userId)) send().catch(() => {});
      });
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 25_000);
      streams.add(raw);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(raw);
      });
    },
  });

  app.get('/api/admin/outbox', {
    config: { policy: { access: 'roles', roles: ['admin'] } },
    schema: {
      tags: ['notifications'],
      summary: 'E-mails composed by Chancery (kept here when no SMTP server is configured)',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(300).optional() }),
      response: { 200: s.outboxListSchema, ...errors },
    },
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const before = cursor ? decodeInstantCursor(cursor).at : null;
      const rows = await app.deps.db
        .select()
        .from(mailOutbox)
        .where(before ? lt(mailOutbox.createdAt, before) : undefined)
        .orderBy(desc(mailOutbox.createdAt))
        .limit(limit + 1);
      const [{ n }] = await app.deps.db.select({ n: count() }).from(mailOutbox);
      const items = rows.slice(0, limit);
      return {
        items: items.map((m) => ({ ...m, attachments: m.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType })), createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })),
        nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.createdAt.toISOString()]) : null,
        total: Number(n),
      };
    },
  });
}
