// Notifications: who is told, in which language, by e-mail or digest as they prefer, live over server-sent events.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { mailOutbox, notifications } from '../src/server/db/schema/index.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { sendDigests } from '../src/server/platform/notifications/digest.ts';
import { readSse, shareOrganization } from './support/notifications.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

type Received = { from: string; to: string[]; data: string };
let t: TestApp;
let smtp: SMTPServer;
const received: Received[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c) => {
        data += c.toString();
      });
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ configEnv: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Chancery <chancery@mission.test>' } });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const shareOrgWith = (parties: string[], name: string, organizations: string[] = []) => shareOrganization(t, parties, name, organizations);

describe('notifications', () => {
  it('a delegation is told when a record is shared with it, in-app and by e-mail over SMTP', async () => {
    const id = await shareOrgWith(['ID'], 'Joint Task Force on Disaster Training');
    const list = await t.as('delegateId', 'GET', '/api/notifications');
    expect(list.statusCode).toBe(200);
    expect(list.json().unread).toBe(1);
    expect(list.json().items[0]).toMatchObject({ title: 'Shared with you: Joint Task Force on Disaster Training', path: `/organizations/${id}` });
    // Not sent inside the request: queued until the job runs.
    expect(received).toHaveLength(0);
    await new JobWorker(t.deps).runDue();
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual([t.users.delegateId.email]);
    expect(received[0].from).toBe('chancery@mission.test');
    expect(received[0].data).toContain('Subject: Shared with you: Joint Task Force on Disaster Training');
    expect(received[0].data).toContain(`/organizations/${id}`);

    // A strict parse: a text part and an HTML part with the same link, marked as automatic, with where to change settings.
    const mail = await simpleParser(received[0].data);
    expect(mail.text).toContain(`/organizations/${id}`);
    expect(mail.html).toBeTruthy();
    expect(mail.html).toContain(`href="${'http://127.0.0.1'}`);
    expect(mail.html).toContain(`/organizations/${id}"`);
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toMatch(/<http:\/\/127\.0\.0\.1:\d+\/notifications\?tab=settings>/);
    expect(mail.headers.get('content-language')).toBe('en');
    const [m] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, t.users.delegateId.email));
    expect(m.status).toBe('sent');
  });

  it('only users who may see the record are notified: the other delegation hears nothing', async () => {
    await shareOrgWith(['ID'], 'Indonesia-only working contact');
    expect((await t.as('delegateVn', 'GET', '/api/notifications')).json().unread).toBe(0);
    expect((await t.as('liaisonSco', 'GET', '/api/notifications')).json().unread).toBe(0);
  });

  it('a liaison officer is told when a record is shared with their organisation', async () => {
    await shareOrgWith([], 'ASEAN–SCO contact group', [t.sco.id]);
    expect((await t.as('liaisonSco', 'GET', '/api/notifications')).json().items[0].title).toBe('Shared with you: ASEAN–SCO contact group');
  });

  it('messages are in the recipient language', async () => {
    await t.as('delegateVn', 'PUT', '/api/auth/me/preferences', { language: 'ru' });
    await new JobWorker(t.deps).runDue();
    received.length = 0;
    await shareOrgWith(['VN'], 'Vietnam desk');
    const list = (await t.as('delegateVn', 'GET', '/api/notifications')).json();
    expect(list.items[0].title).toBe('Вам открыта запись: Vietnam desk');
    await new JobWorker(t.deps).runDue();
    expect(received).toHaveLength(1);
    // Subject is MIME-encoded; the body carries the Russian greeting.
    const [m] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, t.users.delegateVn.email));
    expect(m.language).toBe('ru');
    expect(m.textBody).toContain('Уважаемый(ая)');
  });

  it('preferences: off means nothing, digest means one daily e-mail gathering what is pending', async () => {
    const set = await t.as('delegateId', 'PUT', '/api/notifications/preferences', { preferences: [{ kind: 'directory.shared_with_you', mode: 'off' }] });
    expect(set.statusCode, set.body).toBe(200);
    const before = (await t.as('delegateId', 'GET', '/api/notifications')).json().unread;
    await shareOrgWith(['ID'], 'Muted record');
    expect((await t.as('delegateId', 'GET', '/api/notifications')).json().unread).toBe(before);

    await t.as('delegateId', 'PUT', '/api/notifications/preferences', { preferences: [{ kind: 'directory.shared_with_you', mode: 'digest' }] });
    received.length = 0;
    await shareOrgWith(['ID'], 'Digest one');
    await shareOrgWith(['ID'], 'Digest two');
    expect((await t.as('delegateId', 'GET', '/api/notifications')).json().unread).toBe(before + 2);
    await new JobWorker(t.deps).runDue();
    expect(received).toHaveLength(0);
    const sent = await t.db.transaction((tx) => sendDigests(tx));
    expect(sent).toBe(1);
    await new JobWorker(t.deps).runDue();
    expect(received).toHaveLength(1);
    expect(received[0].data).toContain('Digest one');
    expect(received[0].data).toContain('Digest two');
    // Nothing is sent twice.
    expect(await t.db.transaction((tx) => sendDigests(tx))).toBe(0);
    const unknown = await t.as('delegateId', 'PUT', '/api/notifications/preferences', { preferences: [{ kind: 'nope', mode: 'off' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('preferences.0.kind');
  });

  it('marking read lowers the unread count; one user cannot touch another user’s notifications', async () => {
    const mine = (await t.as('delegateId', 'GET', '/api/notifications')).json();
    const other = await t.as('delegateVn', 'POST', '/api/notifications/read', { ids: [mine.items[0].id] });
    expect(other.statusCode).toBe(200);
    expect((await t.as('delegateId', 'GET', '/api/notifications/unread-count')).json().unread).toBe(mine.unread);
    const res = await t.as('delegateId', 'POST', '/api/notifications/read', { ids: [mine.items[0].id] });
    expect(res.json().unread).toBe(mine.unread - 1);
    expect((await t.as('delegateId', 'POST', '/api/notifications/read', {})).json().unread).toBe(0);
    expect((await t.as('anonymous', 'GET', '/api/notifications')).statusCode).toBe(401);
  });

  it('admins read the outbox; others may not', async () => {
    const res = await t.as('admin', 'GET', '/api/admin/outbox');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    expect((await t.as('staff', 'GET', '/api/admin/outbox')).statusCode).toBe(403);
  });

  it('without SMTP_URL, mail is kept in the outbox', async () => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: t.database, logger: false });
    await app.ready();
    await shareOrgWith(['ID'], 'Kept mail record');
    await t.as('delegateId', 'PUT', '/api/notifications/preferences', { preferences: [{ kind: 'directory.shared_with_you', mode: 'immediate' }] });
    await shareOrgWith(['ID'], 'Kept mail record 2');
    await new JobWorker(app.deps).runDue();
    const rows = await t.db.select().from(mailOutbox).where(eq(mailOutbox.subject, 'Shared with you: Kept mail record 2'));
    expect(rows[0].status).toBe('kept');
    await app.close();
  });
});

describe('live delivery by Server-Sent Events', () => {
  it('an open browser hears about a new notification at once (same process)', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const start = (await t.as('delegateId', 'GET', '/api/notifications/unread-count')).json().unread as number;
    const stream = readSse(`http://127.0.0.1:${port}/api/notifications/stream`, t.users.delegateId.cookie, (n) => n === start + 1);
    await new Promise((r) => setTimeout(r, 300));
    await shareOrgWith(['ID'], 'Live record');
    expect((await stream).at(-1)).toBe(start + 1);
  });
});

describe('stopping the server', () => {
  it('ends open event streams, so the server can stop while browsers are connected', async () => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: t.database, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const ended = new Promise<void>((resolve) => {
      http.get(`http://127.0.0.1:${port}/api/notifications/stream`, { headers: { cookie: t.users.delegateId.cookie } }, (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve());
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    const closed = app.close().then(() => 'closed');
    const outcome = await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open'), 5000))]);
    expect(outcome).toBe('closed');
    await ended;
  });
});

describe('notification rows', () => {
  it('are written in the same transaction as the change: a failed change leaves none', async () => {
    const before = (await t.db.select().from(notifications)).length;
    const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Broken' }, kind: 'agency', classification: 'shared', sharedWith: { parties: ['ID'], organizations: [] }, parentId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect((await t.db.select().from(notifications)).length).toBe(before);
  });
});
