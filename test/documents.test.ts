// Documents: uploading, versions, downloads, search by their text, and what an upload may not do.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, documents, documentVersions } from '../src/server/db/schema/index.ts';
import { VerifyingStream } from '../src/server/platform/documents/documents.download.ts';
import { narrowAttachments } from '../src/server/platform/documents/documents.usecases.ts';
import { LocalDiskStorage, readAll } from '../src/server/platform/documents/storage.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { makeDocx, makePdf, multipartBody } from './fixtures/documents.ts';
import { type Body, expectProblem, expectStatus, token } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let filesDir: string;
const orgs: Record<'mission' | 'sharedId' | 'restricted' | 'public', string> = { mission: '', sharedId: '', restricted: '', public: '' };

beforeAll(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-files-'));
  t = await createTestApp({ configEnv: { CHANCERY_FILES_DIR: filesDir, UPLOAD_MAX_MB: '1' } });
  const mk = async (key: keyof typeof orgs, access: Record<string, unknown>) => {
    orgs[key] = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: `Org ${key}` }, kind: 'agency', ...access }), 201).id;
  };
  await mk('mission', { classification: 'mission' });
  await mk('sharedId', { classification: 'shared', sharedWith: { parties: ['ID'], organizations: [] } });
  await mk('restricted', { classification: 'restricted', restrictedTo: [t.users.staff.id] });
  await mk('public', { classification: 'public' });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

type FileSpec = { name: string; content: Buffer | string; type?: string };
async function upload(who: Who, fields: Record<string, string>, file?: FileSpec, url = '/api/documents') {
  const { payload, contentType } = await multipartBody(fields, file);
  const cookie = t.users[who].cookie;
  return t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) } });
}
const attach = (key: keyof typeof orgs, extra: Record<string, string> = {}) => ({ recordType: 'organization', recordId: orgs[key], ...extra });
const runJobs = () => new JobWorker(t.deps).runDue();
const searchIds = async (who: Who, q: string) => (expectStatus(await t.as(who, 'GET', `/api/search?q=${encodeURIComponent(q)}`), 200).items as Body[]).map((h) => h.recordId);
/** Every file under the files folder, temporary ones included. */
const storedFiles = () => (fs.readdirSync(filesDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(filesDir, f)).isFile());
const createSha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const docRows = async () => (await t.db.select({ id: documents.id }).from(documents)).length;

describe('uploading and finding documents', () => {
  it('a PDF attached to a mission record is found by a word inside it, by staff but not by a delegate', async () => {
    const word = token();
    const doc = expectStatus(await upload('staff', attach('mission', { title: 'Energy brief' }), { name: 'brief.pdf', content: makePdf(`Minutes on ${word} cooperation`) }), 201);
    expect(doc).toMatchObject({ title: 'Energy brief', classification: 'mission', record: { type: 'organization', id: orgs.mission, path: `/organizations/${orgs.mission}` }, currentVersion: 1 });
    expect(doc.versions).toHaveLength(1);
    expect(doc.versions[0]).toMatchObject({ version: 1, filename: 'brief.pdf', mimeType: 'application/pdf', textStatus: 'pending', uploadedBy: { id: t.users.staff.id, displayName: 'Test staff' } });
    expect(await searchIds('staff', 'energy brief')).toContain(doc.id);
    expect(await searchIds('staff', word)).not.toContain(doc.id);
    await runJobs();
    expect(expectStatus(await t.as('staff', 'GET', `/api/documents/${doc.id}`), 200).versions[0].textStatus).toBe('done');
    expect(await searchIds('staff', word)).toContain(doc.id);
    expect(await searchIds('delegateId', word)).not.toContain(doc.id);
    expect(expectStatus(await t.as('staff', 'GET', `/api/documents?q=${word}`), 200).items.map((d: Body) => d.id)).toEqual([doc.id]);
  });

  it('a DOCX shared with a party is found by that party’s delegates only', async () => {
    const word = token();
    const doc = expectStatus(await upload('staff', attach('sharedId'), { name: 'Записка.docx', content: makeDocx(`Working paper\nTopic ${word}`) }), 201);
    expect(doc).toMatchObject({ classification: 'shared', sharedWith: { parties: ['ID'] }, title: 'Записка' });
    expect(doc.versions[0].mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await runJobs();
    expect(await searchIds('delegateId', word)).toContain(doc.id);
    expect(await searchIds('delegateVn', word)).not.toContain(doc.id);
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/documents?recordType=organization&recordId=${orgs.sharedId}`), 200).items.map((d: Body) => d.id)).toEqual([doc.id]);
  });

  it('keeps every version, each downloadable with its own bytes and safe headers', async () => {
    const name = 'Доклад ASEAN–รายงาน "v1".txt';
    const doc = expectStatus(await upload('staff', attach('public'), { name, content: 'first version\n' }), 201);
    const v2 = expectStatus(await upload('staff', {}, { name: 'second.txt', content: 'second version, longer\n' }, `/api/documents/${doc.id}/versions`), 201);
    expect(v2.currentVersion).toBe(2);
    expect(v2.versions.map((v: Body) => v.version)).toEqual([2, 1]);
    const one = await t.as('anonymous', 'GET', `/api/documents/${doc.id}/versions/1/download`);
    expect(one.statusCode).toBe(200);
    expect(one.rawPayload.toString()).toBe('first version\n');
    expect(one.headers).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-length': '14' });
    expect(one.headers['content-disposition']).toBe(`attachment; filename="______ ASEAN_______ _v1_.txt"; filename*=UTF-8''${encodeURIComponent(name)}`);
    const current = await t.as('staff', 'GET', `/api/documents/${doc.id}/download`);
    expect(current.rawPayload.toString()).toBe('second version, longer\n');
    expectProblem(await t.as('staff', 'GET', `/api/documents/${doc.id}/versions/3/download`), 404);
  });

  it('detects the type from the content, not the name: HTML called report.pdf is served as an HTML attachment', async () => {
    const doc = expectStatus(await upload('staff', attach('mission'), { name: 'report.pdf', content: '<!DOCTYPE html><html><script>alert(1)</script></html>', type: 'application/pdf' }), 201);
    expect(doc.current.mimeType).toBe('text/html');
    const res = await t.as('staff', 'GET', `/api/documents/${doc.id}/download`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    const binary = expectStatus(await upload('staff', attach('mission'), { name: 'notes.txt', content: Buffer.from([0x41, 0x00, 0x42, 0x80, 0x81]) }), 201);
    expect(binary.current).toMatchObject({ mimeType: 'application/octet-stream', textStatus: 'none' });
  });
});

describe('what an upload may not do', () => {
  it('a file over the limit gets 413 and leaves nothing on disk or in the database', async () => {
    const [files, rows] = [storedFiles().length, await docRows()];
    const res = await upload('staff', attach('mission'), { name: 'big.bin', content: Buffer.alloc(1024 * 1024 + 1, 7) });
    expectProblem(res, 413, { code: 'document.too_large', field: 'file' });
    expect(storedFiles()).toHaveLength(files);
    expect(await docRows()).toBe(rows);
    expectStatus(await upload('staff', attach('mission'), { name: 'exact.bin', content: Buffer.alloc(1024 * 1024, 7) }), 201);
  });

  it('refuses an empty file, a program, a missing file and a field after the file, storing nothing', async () => {
    const files = storedFiles().length;
    expectProblem(await upload('staff', attach('mission'), { name: 'empty.txt', content: '' }), 400, { code: 'document.empty_file', field: 'file' });
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expectProblem(await upload('staff', attach('mission'), { name: 'tool.pdf', content: elf }), 400, { code: 'document.type_not_allowed', field: 'file' });
    expectProblem(await upload('staff', attach('mission')), 400, { code: 'document.file_required', field: 'file' });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.txt');
    form.append('title', 'late');
    const encoded = new Response(form);
    const late = await t.app.inject({ method: 'POST', url: '/api/documents', payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')!, cookie: t.users.staff.cookie } });
    expectProblem(late, 400, { code: 'document.file_not_last', field: 'title' });
    expectProblem(await t.as('staff', 'POST', '/api/documents', { title: 'json' }), 415);
    expectProblem(await upload('staff', { ...attach('mission'), colour: 'red' }, { name: 'a.txt', content: 'a' }), 400, { field: 'colour' });
    expect(storedFiles()).toHaveLength(files);
  });

  it('a document is never looser than its record; by default it takes the record’s classification', async () => {
    const file = { name: 'a.txt', content: 'text' };
    expectProblem(await upload('staff', attach('mission', { classification: 'public' }), file), 400, { code: 'document.looser_than_record', field: 'classification' });
    expectProblem(await upload('staff', attach('sharedId', { classification: 'shared', sharedParties: 'ID,VN' }), file), 400, { field: 'sharedWith' });
    expectProblem(await upload('staff', attach('restricted', { classification: 'mission' }), file), 400, { field: 'classification' });
    expectProblem(await upload('staff', attach('restricted', { classification: 'restricted', restrictedTo: JSON.stringify([t.users.staff2.id]) }), file), 400, { field: 'restrictedTo' });
    const stricter = expectStatus(await upload('staff', attach('sharedId', { classification: 'mission' }), file), 201);
    expect(stricter.classification).toBe('mission');
    const inherited = expectStatus(await upload('staff', attach('restricted'), file), 201);
    expect(inherited).toMatchObject({ classification: 'restricted', restrictedTo: [t.users.staff.id] });
    expectProblem(await t.as('staff', 'PATCH', `/api/documents/${stricter.id}`, { classification: 'public' }), 400, { field: 'classification' });
    expectProblem(await upload('staff', { recordType: 'spaceship', recordId: orgs.mission }, file), 400, { field: 'recordType' });
    expectProblem(await upload('staff2', attach('restricted'), file), 400, { field: 'recordId' });
    expectProblem(await upload('staff', { classification: 'restricted', restrictedTo: t.users.delegateId.id }, file), 400, { field: 'restrictedTo' });
    expectProblem(await upload('staff', { title: 'a\u0000b' }, file), 400, { field: 'title' });
    expect(expectStatus(await upload('staff', { title: 'On its own' }, file), 201)).toMatchObject({ classification: 'mission', record: null });
  });
});

describe('who may see and change documents', () => {
  it('a delegate cannot see a mission document but can download one shared with their party; they cannot attach', async () => {
    const mission = expectStatus(await upload('staff', attach('mission'), { name: 'm.txt', content: 'mission only' }), 201);
    const shared = expectStatus(await upload('staff', attach('sharedId'), { name: 's.txt', content: 'for Indonesia' }), 201);
    expectProblem(await t.as('delegateId', 'GET', `/api/documents/${mission.id}`), 404);
    expectProblem(await t.as('delegateId', 'GET', `/api/documents/${mission.id}/download`), 404);
    expect((await t.as('delegateId', 'GET', `/api/documents/${shared.id}/download`)).rawPayload.toString()).toBe('for Indonesia');
    expectProblem(await t.as('delegateVn', 'GET', `/api/documents/${shared.id}/download`), 404);
    const files = storedFiles().length;
    expectProblem(await upload('delegateId', attach('sharedId'), { name: 'x.txt', content: 'x' }), 403);
    expectProblem(await upload('delegateId', {}, { name: 'x.txt', content: 'x' }, `/api/documents/${shared.id}/versions`), 403);
    expectProblem(await upload('anonymous', attach('public'), { name: 'x.txt', content: 'x' }), 401);
    expect(storedFiles()).toHaveLength(files);
  });

  it('a record made stricter hides its documents at once, and narrowing brings them within it', async () => {
    const word = token();
    const shared = { classification: 'shared', sharedWith: { parties: ['ID', 'VN'], organizations: [] } };
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Org narrowed' }, kind: 'agency', ...shared }), 201).id;
    const doc = expectStatus(await upload('staff', { recordType: 'organization', recordId: org, title: `Paper ${word}`, classification: 'shared', sharedParties: 'ID' }, { name: 'a.txt', content: 'x' }), 201);
    expectStatus(await t.as('delegateId', 'GET', `/api/documents/${doc.id}`), 200);
    const onlyVn = { classification: 'shared' as const, sharedParties: ['VN'], sharedOrganizations: [], restrictedTo: [] };
    expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${org}`, { classification: 'shared', sharedWith: { parties: ['VN'], organizations: [] } }), 200);
    expectProblem(await t.as('delegateId', 'GET', `/api/documents/${doc.id}/download`), 404);
    await t.db.transaction((tx) => narrowAttachments(tx, t.ctxOf('staff'), 'organization', org, onlyVn));
    expect(expectStatus(await t.as('staff', 'GET', `/api/documents/${doc.id}`), 200).classification).toBe('mission');
    expect(await searchIds('delegateId', word)).not.toContain(doc.id);
    expect(await searchIds('delegateVn', word)).not.toContain(doc.id);
  });

  it('a tampered stored file is refused, never served', async () => {
    const doc = expectStatus(await upload('staff', attach('mission'), { name: 't.txt', content: 'the agreed text' }), 201);
    const [v] = await t.db.select().from(documentVersions).where(eq(documentVersions.documentId, doc.id));
    fs.writeFileSync(new LocalDiskStorage(filesDir).pathOf(v.storageKey), 'the altered text');
    const res = await t.as('staff', 'GET', `/api/documents/${doc.id}/download`);
    expectProblem(res, 500, { code: 'document.integrity_failed' });
    expect(res.body).not.toContain('altered');
  });

  it('a stream that turns out damaged fails before its last bytes are passed on', async () => {
    const good = Buffer.from('a'.repeat(100));
    const check = (bytes: Buffer) => {
      const out: Buffer[] = [];
      const s = Readable.from([bytes.subarray(0, 40), bytes.subarray(40)]).pipe(new VerifyingStream({ sha256: createSha(good), size: 100 }, () => {}));
      return readAll(s.on('data', (c) => out.push(c))).then(() => Buffer.concat(out), () => Buffer.concat(out));
    };
    expect((await check(good)).equals(good)).toBe(true);
    expect((await check(Buffer.from('b'.repeat(100)))).length).toBeLessThan(100);
  });

  it('renames, re-classifies and archives with an audit entry for each change', async () => {
    const doc = expectStatus(await upload('staff', attach('public'), { name: 'a.txt', content: 'v1' }), 201);
    await upload('staff', {}, { name: 'b.txt', content: 'v2' }, `/api/documents/${doc.id}/versions`);
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/documents/${doc.id}`, { title: 'Renamed paper', classification: 'mission' }), 200)).toMatchObject({ title: 'Renamed paper', classification: 'mission' });
    expect(await searchIds('staff', 'renamed paper')).toContain(doc.id);
    expect(await searchIds('anonymous', 'renamed paper')).not.toContain(doc.id);
    expectStatus(await t.as('staff', 'POST', `/api/documents/${doc.id}/archive`), 200);
    expect(expectStatus(await t.as('staff', 'GET', '/api/documents?recordType=organization&recordId=' + orgs.public), 200).items.map((d: Body) => d.id)).not.toContain(doc.id);
    expect(await searchIds('staff', 'renamed paper')).not.toContain(doc.id);
    expectStatus(await t.as('staff', 'POST', `/api/documents/${doc.id}/restore`), 200);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.recordId, doc.id))).map((e) => e.action);
    expect(actions).toEqual(['document.create', 'document.add_version', 'document.update', 'document.archive', 'document.restore']);
    expectProblem(await t.as('delegateId', 'PATCH', `/api/documents/${doc.id}`, { title: 'x' }), 404);
  });
});
