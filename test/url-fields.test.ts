// Web address fields take http and https links only, from one shared schema, and the pages show an unsafe stored one as text.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeLink } from '../src/shared/safe-link.ts';
import { createConsultation } from './consultations-fixtures.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const HOSTILE = ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

describe('web address fields', () => {
  it('refuse scripts and data in an organisation’s website and source', async () => {
    for (const bad of HOSTILE) {
      expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Script Agency' }, kind: 'agency', website: bad }), 400, { field: 'website' });
      expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Script Agency' }, kind: 'agency', sourceUrl: bad }), 400, { field: 'sourceUrl' });
    }
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Linked Agency' }, kind: 'agency', website: 'https://example.org/about' }), 201);
    expect(org.website).toBe('https://example.org/about');
    expectProblem(await t.as('staff', 'PATCH', `/api/organizations/${org.id}`, { website: 'javascript:alert(1)' }), 400, { field: 'website' });
  });

  it('refuse them in a meeting’s online link and a body’s, meeting’s and consultation’s source', async () => {
    const body = await createBody(t);
    const meeting = await createMeeting(t, body.id, { onlineUrl: 'https://meet.example.org/jcc' });
    expect(meeting.onlineUrl).toBe('https://meet.example.org/jcc');
    const consultation = await createConsultation(t, { bodyId: body.id });
    for (const bad of HOSTILE) {
      expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${meeting.id}`, { onlineUrl: bad }), 400, { field: 'onlineUrl' });
      expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${meeting.id}`, { sourceUrl: bad }), 400, { field: 'sourceUrl' });
      expectProblem(await t.as('staff', 'PATCH', `/api/bodies/${body.id}`, { sourceUrl: bad }), 400, { field: 'sourceUrl' });
      expectProblem(await t.as('staff', 'PATCH', `/api/consultations/${consultation.id}`, { sourceUrl: bad }), 400, { field: 'sourceUrl' });
      expectProblem(await t.as('staff', 'POST', '/api/parties', { code: 'QX', names: { en: 'Nowhere' }, kind: 'other', sourceUrl: bad }), 400, { field: 'sourceUrl' });
    }
  });

  it('come from the one shared schema', () => {
    const shared = path.resolve(import.meta.dirname, '../src/shared');
    const own = fs
      .readdirSync(shared)
      .filter((f) => f.endsWith('.ts') && f !== 'common.ts')
      .filter((f) => /\bz\.url\(|\.url\(\)/.test(fs.readFileSync(path.join(shared, f), 'utf8')));
    expect(own, 'use webUrlSchema or linkUrlSchema from common.ts').toEqual([]);
  });

  it('are shown as links by the web app only when they are web addresses (or mail where meant)', () => {
    for (const bad of HOSTILE) expect(isSafeLink(bad)).toBe(false);
    expect(isSafeLink('https://example.org')).toBe(true);
    expect(isSafeLink('mailto:chancery@example.org')).toBe(false);
    expect(isSafeLink('mailto:chancery@example.org', { mailto: true })).toBe(true);
  });
});
