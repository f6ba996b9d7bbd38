// Opening, changing and archiving consultations, and who sees them.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consultationPositions, consultations } from '../src/server/db/schema/index.ts';
import { multipartBody } from './fixtures/documents.ts';
import { circulate, createBody, createConsultation, defaultBody, hoursFromNow } from './consultations-fixtures.ts';
import { type Body, expectProblem, expectStatus, token, unknownId } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let body: Body;
beforeAll(async () => {
  t = await createTestApp();
  body = await defaultBody(t);
});
afterAll(async () => t?.close());

const get = (who: Who, url: string) => t.as(who, 'GET', url);
const ids = (res: Body) => res.items.map((i: Body) => i.id);
const listIds = async (who: Who, query = '') => ids(expectStatus(await get(who, `/api/consultations?bodyId=${body.id}&limit=100${query}`), 200));
const auditActions = async (id: string) =>
  (await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.recordType, 'consultation'), eq(auditLog.recordId, id))).orderBy(auditLog.seq)).map((a) => a.action);

/** Records a party's position directly (the positions endpoint is tested with the procedure). */
async function setPosition(consultation: Body, partyCode: string, kind: 'support' | 'objection' | 'no_instructions' | 'no_objection') {
  const versionId = consultation.currentVersion.id;
  await t.db.insert(consultationPositions).values({ consultationId: consultation.id, versionId, partyCode, kind, text: kind === 'objection' ? 'No.' : null, recordedByLabel: 'test' });
}

describe('opening a consultation', () => {
  it('starts as a mission-only draft with version 1, the list kept on the record', async () => {
    const c = await createConsultation(t, {
      bodyId: body.id,
      title: 'Draft statement on the Mekong',
      titleRu: 'Проект заявления по Меконгу',
      reference: 'CPR/2026/1',
      method: 'consensus',
      distribution: { parties: ['ID', 'VN', 'ID'], organizations: [t.sco.id] },
      positionsVisibility: 'mission',
      chairUserIds: [t.users.staff.id],
      content: '<p onclick="x()">Text <script>alert(1)</script><b>bold</b></p>',
    });
    expect(c).toMatchObject({
      status: 'draft',
      classification: 'mission',
      method: 'consensus',
      bodyId: body.id,
      body: { id: body.id, acronym: 'CPR' },
      distribution: { parties: ['ID', 'VN'], organizations: [t.sco.id] },
      timeZone: 'Asia/Jakarta',
      positionsVisibility: 'mission',
      chairUserIds: [t.users.staff.id],
      currentVersion: null,
      silence: null,
      closesAt: null,
      myParty: null,
      tally: { none: 2, support: 0 },
      can: { circulate: true, launchSilence: false, manageSilence: false, withdraw: true, comment: true, missionNote: true },
    });
    const versions = expectStatus(await get('staff', `/api/consultations/${c.id}/versions`), 200);
    expect(versions.items).toHaveLength(1);
    const v1 = expectStatus(await get('staff', `/api/consultations/${c.id}/versions/${versions.items[0].id}`), 200);
    expect(v1).toMatchObject({ number: 1, circulatedAt: null, content: '<p>Text <strong>bold</strong></p>' });
    expect(await auditActions(c.id)).toEqual(['consultation.create']);
  });

  it('is refused to delegates and liaison officers (403)', async () => {
    for (const who of ['delegateId', 'liaisonSco'] as const) {
      const res = await t.as(who, 'POST', '/api/consultations', { bodyId: body.id, title: 'Mine', method: 'comments', distribution: { parties: ['ID'] } });
      expectProblem(res, 403, { code: 'consultation.create_forbidden' });
    }
    expectProblem(await t.as('anonymous', 'POST', '/api/consultations', { bodyId: body.id, title: 'Mine', method: 'comments', distribution: { parties: ['ID'] } }), 401);
  });

  it('names the field in error when the input is wrong', async () => {
    const base = { bodyId: body.id, title: 'Bad', method: 'comments', distribution: { parties: ['ID'] } };
    const post = (b: Record<string, unknown>) => t.as('staff', 'POST', '/api/consultations', { ...base, ...b });
    expectProblem(await post({ title: '  ' }), 400, { field: 'title' });
    expectProblem(await post({ method: 'vote' }), 400, { field: 'method' });
    expectProblem(await post({ bodyId: unknownId() }), 400, { code: 'consultation.unknown_body', field: 'bodyId' });
    expectProblem(await post({ timeZone: 'Mars/Olympus' }), 400, { code: 'consultation.invalid_time_zone', field: 'timeZone' });
    expectProblem(await post({ deadline: '2026-12-04 12:00' }), 400, { field: 'deadline' });
    expectProblem(await post({ distribution: { parties: ['XX'] } }), 400, { field: 'distribution.parties' });
    expectProblem(await post({ distribution: { parties: ['ID'], organizations: [unknownId()] } }), 400, { field: 'distribution.organizations' });
    expectProblem(await post({ chairUserIds: [t.users.delegateId.id] }), 400, { code: 'consultation.chair_not_mission', field: 'chairUserIds' });
  });

  it('a body the user cannot see cannot be chosen, and is not revealed through the consultation', async () => {
    const restricted = expectStatus(
      await t.as('head', 'POST', '/api/bodies', { names: { en: 'Restricted group' }, kind: 'working_group', classification: 'restricted', restrictedTo: [t.users.staff2.id] }),
      201,
    );
    expectProblem(await t.as('staff', 'POST', '/api/consultations', { bodyId: restricted.id, title: 'x', method: 'comments', distribution: { parties: ['ID'] } }), 400, {
      code: 'consultation.unknown_body',
      field: 'bodyId',
    });
    const hidden = await createBody(t, { names: { en: 'Internal group' }, acronym: 'IG', classification: 'mission' });
    const shared = await createConsultation(t, { bodyId: hidden.id, distribution: { parties: ['ID'] } });
    await circulate(t, shared.id);
    expect(expectStatus(await get('delegateId', `/api/consultations/${shared.id}`), 200)).toMatchObject({ bodyId: null, body: null });
    expect(expectStatus(await get('staff', `/api/consultations/${shared.id}`), 200).body.id).toBe(hidden.id);
  });
});

describe('who sees a consultation', () => {
  let c: Body;
  beforeAll(async () => {
    c = await createConsultation(t, { title: `Draft on ${token()} cooperation`, distribution: { parties: ['ID'], organizations: [t.sco.id] } });
  });

  it('a draft is the mission’s alone', async () => {
    for (const who of ['delegateId', 'delegateVn', 'liaisonSco', 'anonymous'] as const) {
      expectProblem(await get(who, `/api/consultations/${c.id}`), 404, { code: 'consultation.not_found' });
      expect(await listIds(who)).not.toContain(c.id);
    }
    expect(await listIds('staff')).toContain(c.id);
  });

  it('circulation opens it to the parties and organisations on the list, and tells them', async () => {
    const after = await circulate(t, c.id);
    expect(after).toMatchObject({ status: 'open', classification: 'shared', sharedWith: { parties: ['ID'], organizations: [t.sco.id] }, currentVersion: { number: 1 } });
    expect(after.closesAt).toBe(after.deadline);
    const seen = expectStatus(await get('delegateId', `/api/consultations/${c.id}`), 200);
    expect(seen).toMatchObject({ myParty: { partyCode: 'ID', onList: true, position: null, canRespond: true }, abilities: { update: false }, can: { circulate: false, withdraw: false, comment: true, missionNote: false } });
    expectStatus(await get('liaisonSco', `/api/consultations/${c.id}`), 200);
    for (const who of ['delegateId', 'liaisonSco'] as const) {
      const notes = expectStatus(await get(who, '/api/notifications'), 200);
      expect(notes.items.map((n: Body) => n.title)).toContain(`Text circulated (version 1): ${c.title}`);
    }
    expect(expectStatus(await get('delegateVn', '/api/notifications'), 200).items.map((n: Body) => n.title)).not.toContain(`Text circulated (version 1): ${c.title}`);
    expect(await auditActions(c.id)).toEqual(['consultation.create', 'consultation.circulate']);
  });

  it('a party not on the list gets 404 for the record and each of its parts, and finds it nowhere', async () => {
    const v = c.id;
    const versions = expectStatus(await get('staff', `/api/consultations/${v}/versions`), 200);
    const v1 = versions.items[0].id;
    for (const path of ['', '/versions', `/versions/${v1}`, '/comments', `/redline?from=${v1}&to=${v1}`, '/mentionable']) {
      expectProblem(await get('delegateVn', `/api/consultations/${v}${path}`), 404, { code: 'consultation.not_found' });
    }
    expectProblem(await t.as('delegateVn', 'POST', `/api/consultations/${v}/comments`, { body: 'Hello?' }), 404, { code: 'consultation.not_found' });
    expectProblem(await t.as('delegateVn', 'POST', `/api/consultations/${v}/versions/${v1}/acknowledge`), 404, { code: 'consultation.not_found' });
    expectProblem(await t.as('delegateVn', 'PATCH', `/api/consultations/${v}`, { title: 'x' }), 404, { code: 'consultation.not_found' });
    for (const view of ['all', 'open', 'closing_soon', 'awaiting_mine']) expect(await listIds('delegateVn', `&view=${view}`)).not.toContain(v);
    const word = c.title.split(' ')[2];
    const search = async (who: Who) => expectStatus(await get(who, `/api/search?q=${word}&types=consultation`), 200).items.map((h: Body) => h.recordId);
    expect(await search('delegateVn')).toEqual([]);
    expect(await search('delegateId')).toEqual([v]);
    expect(expectStatus(await get('delegateVn', '/api/consultations/matrix?view=all'), 200).rows.map((r: Body) => r.id)).not.toContain(v);
  });

  it('a delegate on the list may read but not change it (403)', async () => {
    expectProblem(await t.as('delegateId', 'PATCH', `/api/consultations/${c.id}`, { title: 'Mine now' }), 403, { code: 'consultation.write_forbidden' });
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/archive`), 403, { code: 'consultation.write_forbidden' });
    expectProblem(await t.as('liaisonSco', 'POST', `/api/consultations/${c.id}/versions`, {}), 403, { code: 'consultation.write_forbidden' });
  });
});

describe('changing a consultation', () => {
  it('changes the fields sent and writes one audit entry', async () => {
    const c = await createConsultation(t, { method: 'silence', deadline: null });
    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { title: 'Renamed', method: 'comments', timeZone: 'asia/bangkok', deadline: hoursFromNow(10) }), 200);
    expect(changed).toMatchObject({ title: 'Renamed', method: 'comments', timeZone: 'Asia/Bangkok' });
    expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { title: 'Renamed' }), 200);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'consultation.update'), eq(auditLog.recordId, c.id)));
    expect(entry.changes).toMatchObject({ title: { before: c.title, after: 'Renamed' }, method: { before: 'silence', after: 'comments' } });
    expect(await auditActions(c.id)).toEqual(['consultation.create', 'consultation.update']);
  });

  it('once circulated: the method is fixed, the list only grows, the deadline lies ahead', async () => {
    const c = await createConsultation(t, { distribution: { parties: ['ID'], organizations: [] } });
    await circulate(t, c.id);
    const patch = (b: Record<string, unknown>) => t.as('staff', 'PATCH', `/api/consultations/${c.id}`, b);
    expectProblem(await patch({ method: 'consensus' }), 409, { code: 'consultation.method_fixed', field: 'method' });
    expectProblem(await patch({ distribution: { parties: ['VN'] } }), 400, { code: 'consultation.parties_removed', field: 'distribution.parties' });
    expectProblem(await patch({ deadline: hoursFromNow(-1) }), 400, { code: 'consultation.deadline_past', field: 'deadline' });
    expectProblem(await patch({ deadline: null }), 400, { field: 'deadline' });
    expectProblem(await get('delegateVn', `/api/consultations/${c.id}`), 404);
    const grown = expectStatus(await patch({ distribution: { parties: ['ID', 'VN'] } }), 200);
    expect(grown).toMatchObject({ classification: 'shared', distribution: { parties: ['ID', 'VN'] } });
    expectStatus(await get('delegateVn', `/api/consultations/${c.id}`), 200);
    const notes = expectStatus(await get('delegateVn', '/api/notifications'), 200);
    expect(notes.items.map((n: Body) => n.title)).toContain(`Text circulated (version 1): ${c.title}`);
  });

  it('a silence consultation takes no deadline: its procedure sets the expiry', async () => {
    const res = await t.as('staff', 'POST', '/api/consultations', {
      bodyId: body.id,
      title: 'Draft statement',
      method: 'silence',
      distribution: { parties: ['ID'] },
      deadline: hoursFromNow(24),
    });
    expectProblem(res, 400, { code: 'consultation.deadline_for_silence', field: 'deadline' });
    const c = await createConsultation(t, { method: 'silence', deadline: null });
    expectProblem(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { deadline: hoursFromNow(24) }), 400, { field: 'deadline' });
    const other = await createConsultation(t);
    expectProblem(await t.as('staff', 'PATCH', `/api/consultations/${other.id}`, { method: 'silence' }), 400, { field: 'deadline' });
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${other.id}`, { method: 'silence', deadline: null }), 200).method).toBe('silence');
  });

  it('a draft withdrawn before circulation stays the mission’s when edited', async () => {
    const c = await createConsultation(t, { distribution: { parties: ['ID'] } });
    await t.db.update(consultations).set({ status: 'withdrawn' }).where(eq(consultations.id, c.id));
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { title: 'Shelved draft' }), 200).classification).toBe('mission');
    expectProblem(await get('delegateId', `/api/consultations/${c.id}`), 404);
  });

  it('archive and restore are the mission’s, audited, and archived ones leave the lists', async () => {
    const c = await createConsultation(t);
    await circulate(t, c.id);
    // An open consultation still runs to its deadline: it is decided or withdrawn before it is filed away.
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${c.id}/archive`), 409, { code: 'consultation.archive_open' });
    expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/withdraw`, { reason: 'Overtaken by events' }), 200);
    const archived = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/archive`), 200);
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.can.comment).toBe(false);
    expect(await listIds('delegateId')).not.toContain(c.id);
    expect(await listIds('delegateId', '&archived=only')).toContain(c.id);
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/comments`, { body: 'Late' }), 409, { code: 'consultation.archived' });
    expect(expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/restore`), 200).archivedAt).toBeNull();
    expect(await auditActions(c.id)).toEqual(['consultation.create', 'consultation.circulate', 'consultation.withdrawn', 'consultation.archive', 'consultation.restore']);
  });
});

describe('circulation guards', () => {
  it('needs a party on the list, and a deadline ahead for comments and consensus', async () => {
    const noParties = await createConsultation(t, { distribution: { parties: [], organizations: [t.sco.id] } });
    const draftOf = async (id: string) => expectStatus(await get('staff', `/api/consultations/${id}/versions`), 200).items[0].id;
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${noParties.id}/versions/${await draftOf(noParties.id)}/circulate`), 400, { field: 'distribution.parties' });
    const noDeadline = await createConsultation(t, { method: 'consensus', deadline: null });
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${noDeadline.id}/versions/${await draftOf(noDeadline.id)}/circulate`), 400, { field: 'deadline' });
    const past = await createConsultation(t, { deadline: hoursFromNow(-2) });
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${past.id}/versions/${await draftOf(past.id)}/circulate`), 400, { field: 'deadline' });
    const silence = await createConsultation(t, { method: 'silence', deadline: null });
    expect(await circulate(t, silence.id)).toMatchObject({ status: 'open', closesAt: null, can: { launchSilence: true, manageSilence: false, circulate: false } });
    // Nothing half-written: the refused ones are still drafts.
    for (const id of [noParties.id, noDeadline.id, past.id]) expect(expectStatus(await get('staff', `/api/consultations/${id}`), 200).status).toBe('draft');
  });

  it('only mission users circulate', async () => {
    const c = await createConsultation(t, { distribution: { parties: ['ID'] } });
    const first = await circulate(t, c.id);
    const v2 = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions`, { content: '<p>v2</p>' }), 201);
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/versions/${v2.id}/circulate`), 403, { code: 'consultation.write_forbidden' });
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/versions/${unknownId()}/circulate`), 403, { code: 'consultation.write_forbidden' });
    expect(first.currentVersion.number).toBe(1);
  });
});

describe('list views and the positions matrix', () => {
  let viewBody: Body;
  const c: Record<string, Body> = {};
  beforeAll(async () => {
    viewBody = await createBody(t, { names: { en: 'Views committee' }, acronym: 'VC' });
    const mk = async (key: string, fields: Record<string, unknown>, circulated = true) => {
      const created = await createConsultation(t, { bodyId: viewBody.id, title: `View ${key}`, distribution: { parties: ['ID', 'VN'] }, ...fields });
      c[key] = circulated ? await circulate(t, created.id) : created;
    };
    await mk('soon', { deadline: hoursFromNow(5) });
    await mk('later', { deadline: hoursFromNow(24 * 10), positionsVisibility: 'mission' });
    await mk('answered', { deadline: hoursFromNow(24 * 5) });
    await mk('draft', {}, false);
    await mk('vnOnly', { distribution: { parties: ['VN'] }, deadline: hoursFromNow(24 * 6) });
    await setPosition(c.answered, 'ID', 'support');
    await setPosition(c.soon, 'ID', 'no_instructions');
    await setPosition(c.later, 'VN', 'objection');
    await setPosition(c.later, 'ID', 'support');
  });
  const view = async (who: Who, v: string, extra = '') =>
    ids(expectStatus(await get(who, `/api/consultations?bodyId=${viewBody.id}&view=${v}${extra.includes('sort=') ? '' : '&sort=deadline'}${extra}`), 200));

  it('open, closing soon and awaiting my delegation', async () => {
    expect(await view('staff', 'open')).toEqual([c.soon.id, c.answered.id, c.vnOnly.id, c.later.id]);
    expect(await view('staff', 'closing_soon')).toEqual([c.soon.id]);
    expect(await view('staff', 'decided')).toEqual([]);
    expect(await view('staff', 'all', '&status=draft')).toEqual([c.draft.id]);
    // Indonesia has answered "answered" and "later"; "no instructions yet" still awaits.
    expect(await view('delegateId', 'awaiting_mine')).toEqual([c.soon.id]);
    expect(await view('delegateVn', 'awaiting_mine')).toEqual([c.soon.id, c.answered.id, c.vnOnly.id]);
    expect(await view('staff', 'awaiting_mine')).toEqual([]);
    expect(await view('liaisonSco', 'awaiting_mine')).toEqual([]);
  });

  it('sorts by the closing instant or by last change, page by page with the total', async () => {
    expect(await view('staff', 'open', '&sort=-deadline')).toEqual([c.later.id, c.vnOnly.id, c.answered.id, c.soon.id]);
    const first = expectStatus(await get('staff', `/api/consultations?bodyId=${viewBody.id}&view=open&sort=deadline&limit=3`), 200);
    expect(first.total).toBe(4);
    const second = expectStatus(await get('staff', `/api/consultations?bodyId=${viewBody.id}&view=open&sort=deadline&limit=3&cursor=${first.nextCursor}`), 200);
    expect([...ids(first), ...ids(second)]).toEqual([c.soon.id, c.answered.id, c.vnOnly.id, c.later.id]);
    expect(second.nextCursor).toBeNull();
    expect(await view('staff', 'all', '&sort=-updatedAt')).toHaveLength(5);
    expect(await view('staff', 'all', '&q=vnonly')).toEqual([c.vnOnly.id]);
  });

  it('the tally counts only the positions the viewer may see', async () => {
    const tallyOf = async (who: Who) => expectStatus(await get(who, `/api/consultations/${c.later.id}`), 200).tally;
    expect(await tallyOf('staff')).toMatchObject({ support: 1, objection: 1, none: 0 });
    expect(await tallyOf('delegateId')).toMatchObject({ support: 1, objection: 0, none: 0 });
    expect(await tallyOf('delegateVn')).toMatchObject({ support: 0, objection: 1, none: 0 });
    expect(expectStatus(await get('delegateVn', `/api/consultations/${c.answered.id}`), 200).tally).toMatchObject({ support: 1, none: 1 });
    expect(expectStatus(await get('delegateId', `/api/consultations/${c.answered.id}`), 200).myParty).toMatchObject({ position: 'support', canRespond: true });
  });

  it('the matrix shows each visible position and hides the rest', async () => {
    const matrix = async (who: Who) => expectStatus(await get(who, `/api/consultations/matrix?bodyId=${viewBody.id}&view=open`), 200);
    const staff = await matrix('staff');
    expect(staff.parties).toEqual(['ID', 'VN']);
    expect(staff.rows.map((r: Body) => r.id)).toEqual([c.soon.id, c.answered.id, c.vnOnly.id, c.later.id]);
    const row = (m: Body, id: string) => m.rows.find((r: Body) => r.id === id).cells;
    expect(row(staff, c.later.id)).toEqual({ ID: 'support', VN: 'objection' });
    expect(row(staff, c.soon.id)).toEqual({ ID: 'no_instructions', VN: 'none' });
    expect(row(staff, c.vnOnly.id)).toEqual({ VN: 'none' });
    const id = await matrix('delegateId');
    expect(id.rows.map((r: Body) => r.id)).toEqual([c.soon.id, c.answered.id, c.later.id]);
    expect(row(id, c.later.id)).toEqual({ ID: 'support', VN: 'hidden' });
    expect(row(id, c.answered.id)).toEqual({ ID: 'support', VN: 'none' });
    expect((await matrix('anonymous')).rows).toEqual([]);
    // A draft has asked nobody yet: it has no row even for the mission.
    const draft = await createConsultation(t, { bodyId: viewBody.id });
    const all = expectStatus(await get('staff', `/api/consultations/matrix?bodyId=${viewBody.id}&view=all`), 200);
    expect(all.rows.map((r: Body) => r.id)).toContain(c.later.id);
    expect(all.rows.map((r: Body) => r.id)).not.toContain(draft.id);
  });
});

describe('documents attached to a consultation', () => {
  const upload = async (who: Who, fields: Record<string, string>) => {
    const { payload, contentType } = await multipartBody(fields, { name: 'annotated-draft.txt', content: 'Annotated draft\n' });
    return t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { 'content-type': contentType, cookie: t.users[who].cookie } });
  };
  const docsOf = async (who: Who, id: string) => ids(expectStatus(await get(who, `/api/documents?recordType=consultation&recordId=${id}`), 200));

  it('are seen by those who see the consultation, and attached by the mission only', async () => {
    const c = await circulate(t, (await createConsultation(t, { distribution: { parties: ['ID'] } })).id);
    const doc = expectStatus(await upload('staff', { recordType: 'consultation', recordId: c.id }), 201);
    expect(doc).toMatchObject({ classification: 'shared', sharedWith: { parties: ['ID'] } });
    expect(await docsOf('delegateId', c.id)).toEqual([doc.id]);
    expect(await docsOf('delegateVn', c.id)).toEqual([]);
    expect((await upload('delegateId', { recordType: 'consultation', recordId: c.id })).statusCode).toBe(403);
    const draft = await createConsultation(t);
    // A draft is, to a delegate, a record that does not exist.
    expectProblem(await upload('delegateId', { recordType: 'consultation', recordId: draft.id }), 400, { field: 'recordId' });
  });
});
