// Versions of a consultation's text: drafts, circulation, the redline and acknowledgements.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consultations, silenceProcedures } from '../src/server/db/schema/index.ts';
import { redlineSegments } from '../src/server/modules/consultations/redline.ts';
import { richTextToPlain } from '../src/server/platform/rich-text.ts';
import { circulate, createConsultation, draftVersion, hoursFromNow, newVersion } from './consultations-fixtures.ts';
import { type Body, expectProblem, expectStatus, token, unknownId } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = (who: Who, url: string) => t.as(who, 'GET', url);
const versionsOf = async (who: Who, id: string) => expectStatus(await get(who, `/api/consultations/${id}/versions`), 200).items as Body[];
const auditOf = (id: string, action: string) => t.db.select().from(auditLog).where(and(eq(auditLog.recordId, id), eq(auditLog.action, action)));

describe('versions of the text', () => {
  let c: Body;
  let v1: Body;
  let v2: Body;
  beforeAll(async () => {
    c = await createConsultation(t, { content: '<p>The Parties agree to cooperate.</p><p>Second paragraph.</p>' });
    await circulate(t, c.id);
    v1 = (await versionsOf('staff', c.id))[0];
  });

  it('a new version copies the latest text unless one is given, one draft at a time', async () => {
    v2 = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions`, { note: 'after the first reading' }), 201);
    expect(v2).toMatchObject({ number: 2, circulatedAt: null, note: 'after the first reading', content: '<p>The Parties agree to cooperate.</p><p>Second paragraph.</p>' });
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions`, {}), 409, { code: 'version.draft_exists' });
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/versions`, {}), 403, { code: 'consultation.write_forbidden' });
    expect((await auditOf(c.id, 'consultation.version_create')).length).toBe(1);
  });

  it('a draft version is edited, sanitised and audited; delegations never see it', async () => {
    const edited = expectStatus(
      await t.as('staff', 'PATCH', `/api/consultations/${c.id}/versions/${v2.id}`, { content: '<p>The Parties agree to <em>closely</em> cooperate.<img src=x onerror=alert(1)></p><p>Second para.</p>' }),
      200,
    );
    expect(edited.content).toBe('<p>The Parties agree to <em>closely</em> cooperate.</p><p>Second para.</p>');
    expect((await auditOf(c.id, 'consultation.version_update'))[0].changes).toMatchObject({ content: { after: edited.content } });
    expect((await versionsOf('delegateId', c.id)).map((v) => v.number)).toEqual([1]);
    expect((await versionsOf('staff', c.id)).map((v) => v.number)).toEqual([1, 2]);
    expectProblem(await get('delegateId', `/api/consultations/${c.id}/versions/${v2.id}`), 404, { code: 'consultation_version.not_found' });
    expectProblem(await get('liaisonSco', `/api/consultations/${c.id}/versions/${v2.id}`), 404);
    expectProblem(await get('delegateId', `/api/consultations/${c.id}/redline?from=${v1.id}&to=${v2.id}`), 404, { code: 'consultation_version.not_found' });
    expectProblem(await t.as('delegateId', 'PATCH', `/api/consultations/${c.id}/versions/${v2.id}`, { note: 'x' }), 403);
  });

  it('a circulated version never changes', async () => {
    expectProblem(await t.as('staff', 'PATCH', `/api/consultations/${c.id}/versions/${v1.id}`, { content: '<p>Rewritten</p>' }), 409, { code: 'version.circulated' });
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions/${v1.id}/circulate`), 409, { code: 'version.circulated' });
    expect(expectStatus(await get('staff', `/api/consultations/${c.id}/versions/${v1.id}`), 200).content).toBe('<p>The Parties agree to cooperate.</p><p>Second paragraph.</p>');
    expectProblem(await get('staff', `/api/consultations/${c.id}/versions/${unknownId()}`), 404, { code: 'consultation_version.not_found' });
  });

  it('the redline shows the words inserted and deleted between two versions', async () => {
    const red = expectStatus(await get('staff', `/api/consultations/${c.id}/redline?from=${v1.id}&to=${v2.id}`), 200);
    expect(red).toMatchObject({ from: { id: v1.id, number: 1 }, to: { id: v2.id, number: 2 }, inserted: 2, deleted: 1 });
    expect(red.segments).toEqual([
      { op: 'equal', text: 'The Parties agree to ' },
      { op: 'insert', text: 'closely ' },
      { op: 'equal', text: 'cooperate.\nSecond ' },
      { op: 'delete', text: 'paragraph' },
      { op: 'insert', text: 'para' },
      { op: 'equal', text: '.' },
    ]);
    expectProblem(await get('staff', `/api/consultations/${c.id}/redline?from=${v1.id}&to=${unknownId()}`), 404);
    expectProblem(await get('staff', `/api/consultations/${c.id}/redline?from=${v1.id}`), 400, { field: 'to' });
  });

  it('circulating the next version makes it current, visible and searchable, and tells the list', async () => {
    const draftWord = token();
    expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}/versions/${v2.id}`, { content: `<p>The Parties agree to closely cooperate on ${draftWord}.</p>` }), 200);
    const find = async (who: Who) => expectStatus(await get(who, `/api/search?q=${draftWord}&types=consultation`), 200).items.map((h: Body) => h.recordId);
    expect(await find('staff')).toEqual([]);
    const after = await circulate(t, c.id);
    expect(after.currentVersion).toMatchObject({ id: v2.id, number: 2 });
    expect((await versionsOf('delegateId', c.id)).map((v) => v.number)).toEqual([1, 2]);
    expect(expectStatus(await get('delegateId', `/api/consultations/${c.id}/redline?from=${v1.id}&to=${v2.id}`), 200).inserted).toBeGreaterThan(0);
    expect(await find('delegateId')).toEqual([c.id]);
    expect(await find('delegateVn')).toEqual([]);
    const titles = expectStatus(await get('delegateId', '/api/notifications'), 200).items.map((n: Body) => n.title);
    expect(titles).toContain(`Text circulated (version 2): ${c.title}`);
    expect((await auditOf(c.id, 'consultation.circulate')).map((a) => (a.changes as Body).version.after.number)).toEqual([1, 2]);
  });
});

describe('circulation is refused while a silence procedure runs or once decided', () => {
  it('409 for both, and nothing changes', async () => {
    const c = await createConsultation(t, { method: 'silence', deadline: null });
    const open = await circulate(t, c.id);
    await t.db.insert(silenceProcedures).values({ consultationId: c.id, versionId: open.currentVersion.id, expiresAt: new Date(hoursFromNow(24)), timeZone: 'Asia/Jakarta' });
    const v2 = await newVersion(t, c.id, '<p>Amended</p>');
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions/${v2.id}/circulate`), 409, { code: 'consultation.silence_running' });
    const running = expectStatus(await get('staff', `/api/consultations/${c.id}`), 200);
    expect(running).toMatchObject({ silence: { status: 'running', versionNumber: 1 }, can: { circulate: false, launchSilence: false, manageSilence: true } });
    expect(running.closesAt).toBe(running.silence.expiresAt);
    await t.db.update(silenceProcedures).set({ status: 'withdrawn', outcomeAt: new Date() }).where(eq(silenceProcedures.consultationId, c.id));
    await t.db.update(consultations).set({ status: 'adopted' }).where(eq(consultations.id, c.id));
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions/${v2.id}/circulate`), 409, { code: 'consultation.decided' });
    expect((await draftVersion(t, c.id))?.id).toBe(v2.id);
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions`, {}), 409);
  });
});

describe('acknowledgements', () => {
  let c: Body;
  let v1: Body;
  beforeAll(async () => {
    c = await createConsultation(t, { distribution: { parties: ['ID', 'VN'], organizations: [t.sco.id] }, positionsVisibility: 'mission' });
    await circulate(t, c.id);
    v1 = (await versionsOf('staff', c.id))[0];
  });
  const ack = (who: Who, versionId = v1.id) => t.as(who, 'POST', `/api/consultations/${c.id}/versions/${versionId}/acknowledge`);

  it('records the first time a delegation opens a version, once, with the delegate and the time', async () => {
    const before = Date.now();
    const first = expectStatus(await ack('delegateId'), 200);
    expect(first).toMatchObject({ partyCode: 'ID', userLabel: t.users.delegateId.displayName });
    expect(Date.parse(first.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(expectStatus(await ack('delegateId'), 200)).toEqual(first);
    expect(await auditOf(c.id, 'consultation.acknowledge')).toHaveLength(1);
    const seen = expectStatus(await get('staff', `/api/consultations/${c.id}/versions/${v1.id}`), 200);
    expect(seen.acknowledgements).toEqual([first]);
  });

  it('mission users and liaison officers acknowledge nothing (204)', async () => {
    for (const who of ['staff', 'head', 'liaisonSco'] as const) expectStatus(await ack(who), 204);
    expect(await auditOf(c.id, 'consultation.acknowledge')).toHaveLength(1);
  });

  it('follows the positions visibility: under mission-only, a delegation sees its own acknowledgement only', async () => {
    expectStatus(await ack('delegateVn'), 200);
    const forVn = expectStatus(await get('delegateVn', `/api/consultations/${c.id}/versions/${v1.id}`), 200);
    expect(forVn.acknowledgements.map((a: Body) => a.partyCode)).toEqual(['VN']);
    expect(expectStatus(await get('liaisonSco', `/api/consultations/${c.id}/versions/${v1.id}`), 200).acknowledgements).toEqual([]);
    expect(expectStatus(await get('staff', `/api/consultations/${c.id}/versions/${v1.id}`), 200).acknowledgements.map((a: Body) => a.partyCode)).toEqual(['ID', 'VN']);
    expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { positionsVisibility: 'distribution' }), 200);
    expect(expectStatus(await get('delegateVn', `/api/consultations/${c.id}/versions/${v1.id}`), 200).acknowledgements.map((a: Body) => a.partyCode)).toEqual(['ID', 'VN']);
  });

  it('a draft version cannot be acknowledged by a delegation (404)', async () => {
    const v2 = await newVersion(t, c.id, '<p>Next</p>');
    expectProblem(await ack('delegateId', v2.id), 404, { code: 'consultation_version.not_found' });
  });
});

describe('plain text and redline of the rich text', () => {
  it('keeps paragraph and line breaks as new lines and decodes entities', () => {
    expect(richTextToPlain('<p>Fish &amp; chips&nbsp;&lt;3</p><ul><li>one</li><li>two&#8217;s</li></ul>line<br>break')).toBe('Fish & chips <3\none\ntwo’s\nline\nbreak');
  });
  it('counts words, not characters', () => {
    expect(redlineSegments('a b c', 'a x y c')).toMatchObject({ inserted: 2, deleted: 1 });
    expect(redlineSegments('same', 'same')).toEqual({ segments: [{ op: 'equal', text: 'same' }], inserted: 0, deleted: 0 });
  });
});
