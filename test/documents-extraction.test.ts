// Text extraction runs in a worker thread within page, time and memory limits: a PDF bomb or a file with too many pages is stored but marked too large.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { makePdf, makePdfBomb, makePdfPages, multipartBody } from './fixtures/documents.ts';
import { type Body, expectStatus, token } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let filesDir: string;
let orgId: string;
beforeAll(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-files-'));
  t = await createTestApp({
    configEnv: { CHANCERY_FILES_DIR: filesDir, UPLOAD_MAX_MB: '2', TEXT_EXTRACTION_MAX_PAGES: '3', TEXT_EXTRACTION_MEMORY_MB: '32', TEXT_EXTRACTION_SECONDS: '30' },
  });
  orgId = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Files office' }, kind: 'agency' }), 201).id;
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

async function upload(name: string, content: Buffer): Promise<Body> {
  const { payload, contentType } = await multipartBody({ recordType: 'organization', recordId: orgId, title: name }, { name, content });
  return expectStatus(await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { 'content-type': contentType, cookie: t.users.staff.cookie } }), 201);
}
const current = async (id: string) => expectStatus(await t.as('staff', 'GET', `/api/documents/${id}`), 200).versions[0];
const searchIds = async (q: string) => (expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent(q)}`), 200).items as Body[]).map((h) => h.recordId);

describe('extracting a document’s text', () => {
  it('stores a PDF bomb but marks its text too large, without extracting it on the main thread', async () => {
    const bomb = makePdfBomb(12);
    // A few hundred kilobytes that inflate to 12 MB of text operators.
    expect(bomb.length).toBeLessThan(512 * 1024);
    const doc = await upload('bomb.pdf', bomb);
    await new JobWorker(t.deps).runDue();
    expect(await current(doc.id)).toMatchObject({ textStatus: 'too_large', size: bomb.length });
    // The file itself is kept and can be downloaded.
    const res = await t.app.inject({ method: 'GET', url: `/api/documents/${doc.id}/download`, headers: { cookie: t.users.staff.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBe(bomb.length);
  });

  it('marks a PDF with more pages than the limit too large', async () => {
    const doc = await upload('long.pdf', makePdfPages(['one', 'two', 'three', 'four', 'five']));
    await new JobWorker(t.deps).runDue();
    expect((await current(doc.id)).textStatus).toBe('too_large');
  });

  it('still extracts a PDF within the limits, so it is found by its words', async () => {
    const word = token();
    const doc = await upload('brief.pdf', makePdf(`Notes on ${word} cooperation`));
    await new JobWorker(t.deps).runDue();
    expect((await current(doc.id)).textStatus).toBe('done');
    expect(await searchIds(word)).toContain(doc.id);
  });
});
