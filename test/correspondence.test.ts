// The register of correspondence: numbers per series and year, the head's approval before dispatch, e-mail with the PDF through the outbox, replies and threads, templates in both languages, what a delegate sees, reminders once.
import { and, eq, like } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocatedNumbers, auditLog, jobs, mailOutbox, notifications } from '../src/server/db/schema/index.ts';
import { dativeRu } from '../src/server/modules/correspondence/correspondence.texts.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { type Body, expectProblem, expectStatus, itemIds } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let asec: Body;
let missionId: Body;
let templates: Body[];
beforeAll(async () => {
  t = await createTestApp();
  asec = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Secretariat', ru: 'Секретариат АСЕАН' }, kind: 'secretariat', classification: 'public' }), 201);
  missionId = expectStatus(
    await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Permanent Mission of the Republic of Indonesia to ASEAN', ru: 'Постоянное представительство Республики Индонезия при АСЕАН' }, kind: 'permanent_mission', classification: 'public', countryCode: 'ID' }),
    201,
  );
  templates = expectStatus(await t.as('staff', 'GET', '/api/templates'), 200).items;
});
afterAll(async () => t?.close());

const template = (language: 'en' | 'ru', key = 'note-verbale') => templates.find((x) => x.key === key && x.language === language);

const draft = async (fields: Record<string, unknown> = {}) =>
  expectStatus(
    await t.as('staff', 'POST', '/api/correspondence', {
      direction: 'outgoing',
      kind: 'note_verbale',
      date: '2026-03-10',
      addressees: [{ organizationId: asec.id, email: 'registry@asec.example' }],
      subject: 'Proposed dates of the Joint Cooperation Committee',
      language: 'en',
      body: '<p>propose that the Committee meet in Jakarta in February.</p>',
      templateId: template('en')?.id,
      ...fields,
    }),
    201,
  );
const move = (who: Parameters<TestApp['as']>[0], id: string, status: string, extra: Record<string, unknown> = {}) => t.as(who, 'POST', `/api/correspondence/${id}/status`, { status, ...extra });
const pdfText = async (buf: Buffer) => {
  const { text } = await extractText(new Uint8Array(buf), { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
};

describe('the register', () => {
  it('numbers outgoing and incoming items in their own series, consecutively per year', async () => {
    const a = await draft();
    const b = await draft({ subject: 'Second note' });
    expect(a.registerNumber).toBe('No. 1/ASEAN/2026');
    expect(b.registerNumber).toBe('No. 2/ASEAN/2026');
    const next = await draft({ date: '2027-01-05', subject: 'New year' });
    expect(next.registerNumber).toBe('No. 1/ASEAN/2027');
    const incoming = expectStatus(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'letter', date: '2026-03-11', senderOrganizationId: asec.id, subject: 'A letter', language: 'en' }),
      201,
    );
    expect(incoming).toMatchObject({ registerNumber: 'In. 1/2026', status: 'registered', direction: 'incoming' });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.recordId, a.id));
    expect(audit.map((r) => r.action)).toContain('correspondence.create');
  });

  it('keeps a cancelled number in the register as cancelled and never gives it again', async () => {
    const a = await draft({ subject: 'Sent in error' });
    expectProblem(await move('staff', a.id, 'cancelled'), 400, { field: 'reason' });
    const cancelled = expectStatus(await move('staff', a.id, 'cancelled', { reason: 'Drafted twice' }), 200);
    expect(cancelled.status).toBe('cancelled');
    const [row] = await t.db.select().from(allocatedNumbers).where(and(eq(allocatedNumbers.seriesKey, 'correspondence:outgoing'), eq(allocatedNumbers.code, a.registerNumber)));
    expect(row.status).toBe('cancelled');
    const after = await draft({ subject: 'Next one' });
    expect(after.registerNumber).not.toBe(a.registerNumber);
    expect(Number(after.registerNumber.match(/No\. (\d+)/)![1])).toBe(Number(a.registerNumber.match(/No\. (\d+)/)![1]) + 1);
  });

  it('gives different numbers to items registered at the same time', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => draft({ subject: `Concurrent ${i}` })));
    const numbers = made.map((m) => m.registerNumber);
    expect(new Set(numbers).size).toBe(8);
  });

  it('lets the head or an administrator change the format of a series, which the next number follows', async () => {
    expectProblem(await t.as('staff', 'PUT', '/api/correspondence/series/incoming', { format: 'Inc-{n}/{yyyy}' }), 403, { code: 'correspondence_series.write_forbidden' });
    expectProblem(await t.as('admin', 'PUT', '/api/correspondence/series/incoming', { format: 'Inc-{n}' }), 400, { field: 'format' });
    const series = expectStatus(await t.as('admin', 'PUT', '/api/correspondence/series/incoming', { format: 'Inc-{n:3}/{yyyy}' }), 200);
    expect(series.items.find((s: Body) => s.key === 'correspondence:incoming').format).toBe('Inc-{n:3}/{yyyy}');
    const item = expectStatus(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'letter', date: '2026-03-12', senderOrganizationId: asec.id, subject: 'Another letter', language: 'en' }),
      201,
    );
    expect(item.registerNumber).toBe('Inc-002/2026');
  });

  it('refuses bad input naming the field, and never makes correspondence public', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/correspondence', { direction: 'outgoing', kind: 'note_verbale', date: '2026-03-10', subject: 'x', language: 'en' }), 400, { field: 'addressees' });
    expectProblem(await t.as('staff', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'note_verbale', date: '2026-03-10', subject: 'x', language: 'en' }), 400, { field: 'senderOrganizationId' });
    expectProblem(await t.as('staff', 'POST', '/api/correspondence', { direction: 'sideways', kind: 'note_verbale', date: '2026-03-10', subject: 'x', language: 'en' }), 400, { field: 'direction' });
    await expect(draft({ classification: 'public' })).rejects.toThrow();
    expectProblem(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'outgoing', kind: 'note_verbale', date: '2026-03-10', subject: 'x', language: 'en', addressees: [{ organizationId: asec.id }], classification: 'public' }),
      400,
      { field: 'classification' },
    );
    expectProblem(await t.as('delegateId', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'letter', date: '2026-03-10', senderOrganizationId: asec.id, subject: 'x', language: 'en' }), 403);
  });
});

describe('approval and dispatch', () => {
  it('dispatches only what the head approved (409 before), one e-mail per addressee with the PDF attached', async () => {
    const sco = t.sco.id;
    const note = await draft({ subject: 'Circular on the fellowship programme', addressees: [{ organizationId: asec.id, email: 'registry@asec.example' }, { organizationId: sco, email: 'registry@sco.example' }] });
    expectProblem(await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'email' }), 409, { code: 'correspondence.not_approved' });
    expectProblem(await move('staff', note.id, 'approved'), 403, { code: 'correspondence.approval_forbidden' });
    const approved = expectStatus(await move('head', note.id, 'approved'), 200);
    expect(approved).toMatchObject({ status: 'approved', approvedByName: 'Test head' });
    const sent = expectStatus(await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'email' }), 200);
    expect(sent.status).toBe('dispatched');
    expect(sent.pdfDocumentId).toBeTruthy();
    const mails = await t.db.select().from(mailOutbox).where(like(mailOutbox.subject, `${note.registerNumber}%`));
    expect(mails.map((m) => m.toAddress).sort()).toEqual(['registry@asec.example', 'registry@sco.example']);
    expect(mails[0].attachments).toEqual([expect.objectContaining({ filename: expect.stringMatching(/\.pdf$/), mimeType: 'application/pdf' })]);
    const outbox = expectStatus(await t.as('admin', 'GET', '/api/admin/outbox'), 200);
    expect(outbox.items.find((m: Body) => m.toAddress === 'registry@sco.example').attachments[0].mimeType).toBe('application/pdf');
    const dispatches = expectStatus(await t.as('staff', 'GET', `/api/correspondence/${note.id}/dispatches`), 200);
    expect(dispatches.items).toHaveLength(2);
    // Dispatched once: a second dispatch is refused.
    expectProblem(await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'hand' }), 409, { code: 'correspondence.not_approved' });
    // The stored PDF carries the number and the courtesy formula.
    const pdf = await t.app.inject({ method: 'GET', url: `/api/documents/${sent.pdfDocumentId}/download`, headers: { cookie: t.users.staff.cookie } });
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(note.registerNumber);
    expect(text).toContain('presents its compliments to the ASEAN Secretariat and the SCO Secretariat and has the honour to propose');
    expect(text).toContain('avails itself of this opportunity to renew');
  });

  it('asks for an e-mail address of every addressee before e-mailing, and records delivery by hand', async () => {
    const note = await draft({ addressees: [{ organizationId: asec.id }] });
    await move('head', note.id, 'approved');
    expectProblem(await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'email' }), 400, { field: 'addressees.0.email' });
    const sent = expectStatus(await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'hand', note: 'Received by the registry' }), 200);
    expect(sent.status).toBe('dispatched');
  });

  it('sends an approved note back to the head when it is changed', async () => {
    const note = await draft();
    await move('head', note.id, 'approved');
    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/correspondence/${note.id}`, { subject: 'Changed after approval' }), 200);
    expect(changed).toMatchObject({ status: 'draft', approvedAt: null });
  });
});

describe('templates', () => {
  it('fills the Russian note verbale with the addressee in the dative, the date in words and the place', async () => {
    const note = await draft({ language: 'ru', templateId: template('ru')?.id, subject: 'О сроках заседания', body: '<p>предложить провести заседание Комитета в Джакарте.</p>', date: '2026-02-03' });
    const filled = expectStatus(await t.as('staff', 'GET', `/api/correspondence/${note.id}/placeholders`), 200);
    expect(filled.opening).toBe('Постоянное представительство Российской Федерации при АСЕАН свидетельствует своё уважение Секретариату АСЕАН и имеет честь');
    expect(filled.closing).toBe('Постоянное представительство Российской Федерации при АСЕАН пользуется случаем, чтобы возобновить Секретариату АСЕАН уверения в своём высоком уважении.');
    expect(filled.dateInWords).toBe('3 февраля 2026 г.');
    expect(filled.place).toBe('Джакарта');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/correspondence/${note.id}/document.pdf`, headers: { cookie: t.users.staff.cookie } });
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('свидетельствует своё уважение Секретариату АСЕАН и имеет честь предложить');
    expect(text).toContain('Джакарта, 3 февраля 2026 г.');
    expect(text).toContain(note.registerNumber);
  });

  it('fills the English template, and renders a DOCX', async () => {
    const note = await draft({ date: '2026-12-01' });
    const filled = expectStatus(await t.as('staff', 'GET', `/api/correspondence/${note.id}/placeholders`), 200);
    expect(filled.opening).toBe('The Permanent Mission of the Russian Federation to ASEAN presents its compliments to the ASEAN Secretariat and has the honour to');
    expect(filled.dateInWords).toBe('1 December 2026');
    const docx = await t.app.inject({ method: 'GET', url: `/api/correspondence/${note.id}/document.docx`, headers: { cookie: t.users.staff.cookie } });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('are versioned data only the head or an administrator changes', async () => {
    const input = { key: 'note-verbale', kind: 'note_verbale', language: 'en', title: 'Note verbale', opening: '{{mission}} presents its compliments to {{addressee}} and has the honour to', closing: 'Closing v2.' };
    expectProblem(await t.as('staff', 'POST', '/api/templates', input), 403);
    const v2 = expectStatus(await t.as('head', 'POST', '/api/templates', input), 201);
    expect(v2).toMatchObject({ version: 2, current: true });
    const all = expectStatus(await t.as('staff', 'GET', '/api/templates?all=true'), 200);
    expect(all.items.filter((x: Body) => x.key === 'note-verbale' && x.language === 'en').map((x: Body) => [x.version, x.current])).toEqual([[2, true], [1, false]]);
    expectProblem(await t.as('delegateId', 'GET', '/api/templates'), 403);
  });

  it('puts the Russian institution names in the dative', () => {
    expect(dativeRu('Секретариат АСЕАН')).toBe('Секретариату АСЕАН');
    expect(dativeRu('Евразийская экономическая комиссия')).toBe('Евразийской экономической комиссии');
    expect(dativeRu('Постоянное представительство Республики Индонезия при АСЕАН')).toBe('Постоянному представительству Республики Индонезия при АСЕАН');
    expect(dativeRu('Секретариат Шанхайской организации сотрудничества')).toBe('Секретариату Шанхайской организации сотрудничества');
  });
});

describe('threads', () => {
  it('registers the answer against the note, acknowledges the note and shows the exchange in order', async () => {
    const note = await draft({ subject: 'Request for a briefing' });
    await move('head', note.id, 'approved');
    await t.as('staff', 'POST', `/api/correspondence/${note.id}/dispatch`, { mode: 'hand' });
    const answer = expectStatus(
      await t.as('staff', 'POST', `/api/correspondence/${note.id}/reply`, { direction: 'incoming', date: '2026-03-20', subject: 'Briefing agreed', body: '<p>The Secretariat agrees to the briefing on pelagic fisheries.</p>', theirReference: 'ASEC/26/77' }),
      201,
    );
    expect(answer).toMatchObject({ direction: 'incoming', status: 'registered', senderOrganizationId: asec.id, inReplyTo: { id: note.id } });
    expect(expectStatus(await t.as('staff', 'GET', `/api/correspondence/${note.id}`), 200).status).toBe('acknowledged');
    const thread = expectStatus(await t.as('staff', 'GET', `/api/correspondence/${answer.id}/thread`), 200);
    expect(thread.items.map((i: Body) => i.id)).toEqual([note.id, answer.id]);
    // Found by a word of the answer, in the register and in the global search.
    expect(itemIds(await t.as('staff', 'GET', '/api/correspondence?q=pelagic'))).toEqual([answer.id]);
    const found = expectStatus(await t.as('staff', 'GET', '/api/search?q=pelagic'), 200);
    expect(found.items.map((i: Body) => i.recordId)).toContain(answer.id);
  });

  it('answers an incoming item when the outgoing reply is dispatched', async () => {
    const incoming = expectStatus(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'note_verbale', date: '2026-04-01', senderOrganizationId: asec.id, subject: 'Request for comments', language: 'en', assigneeUserId: t.users.staff2.id }),
      201,
    );
    expect(incoming.status).toBe('assigned');
    const reply = expectStatus(await t.as('staff', 'POST', `/api/correspondence/${incoming.id}/reply`, { direction: 'outgoing', date: '2026-04-05', subject: 'Our comments', templateId: template('en')?.id }), 201);
    expect(reply).toMatchObject({ status: 'draft', addressees: [expect.objectContaining({ organizationId: asec.id })] });
    await move('head', reply.id, 'approved');
    await t.as('staff', 'POST', `/api/correspondence/${reply.id}/dispatch`, { mode: 'courier' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/correspondence/${incoming.id}`), 200).status).toBe('answered');
  });
});

describe('what a delegate sees', () => {
  it('only correspondence addressed to, or coming from, their party, shared with it', async () => {
    const toIndonesia = await draft({ subject: 'To Indonesia only', addressees: [{ organizationId: missionId.id, partyCode: 'ID' }], classification: 'shared' });
    expect(toIndonesia.sharedWith.parties).toEqual(['ID']);
    const missionOnly = await draft({ subject: 'Kept by the mission', addressees: [{ organizationId: missionId.id, partyCode: 'ID' }] });
    const toAsec = await draft({ subject: 'To the Secretariat' });
    // Sharing beyond the correspondents is refused.
    expectProblem(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'outgoing', kind: 'note_verbale', date: '2026-03-10', subject: 'x', language: 'en', addressees: [{ organizationId: asec.id }], classification: 'shared', sharedWith: { parties: ['VN'] } }),
      400,
      { field: 'sharedWith.parties' },
    );
    const idList = itemIds(await t.as('delegateId', 'GET', '/api/correspondence?limit=100'));
    expect(idList).toContain(toIndonesia.id);
    expect(idList).not.toContain(missionOnly.id);
    expect(idList).not.toContain(toAsec.id);
    expect(itemIds(await t.as('delegateVn', 'GET', '/api/correspondence?limit=100'))).not.toContain(toIndonesia.id);
    expectProblem(await t.as('delegateVn', 'GET', `/api/correspondence/${toIndonesia.id}`), 404);
    expectProblem(await t.as('delegateVn', 'GET', `/api/correspondence/${toIndonesia.id}/document.pdf`), 404);
    expectProblem(await t.as('delegateId', 'GET', `/api/correspondence/${missionOnly.id}/thread`), 404);
    const search = expectStatus(await t.as('delegateVn', 'GET', '/api/search?q=Indonesia%20only'), 200);
    expect(search.items.map((i: Body) => i.recordId)).not.toContain(toIndonesia.id);
    expectProblem(await t.as('delegateId', 'POST', `/api/correspondence/${toIndonesia.id}/status`, { status: 'approved' }), 403);
  });
});

describe('reminders', () => {
  it('tell the assignee once when a reply is due in three days and once when it is overdue', async () => {
    const item = expectStatus(
      await t.as('staff', 'POST', '/api/correspondence', {
        direction: 'incoming',
        kind: 'note_verbale',
        date: '2026-05-01',
        senderOrganizationId: asec.id,
        subject: 'Due soon',
        language: 'en',
        dueDate: '2030-05-20',
        assigneeUserId: t.users.staff2.id,
      }),
      201,
    );
    const mine = () => t.db.select().from(notifications).where(and(eq(notifications.recordId, item.id), eq(notifications.userId, t.users.staff2.id)));
    expect((await mine()).map((n) => n.kind)).toEqual(['correspondence.assigned']);
    const pending = await t.db.select().from(jobs).where(like(jobs.key, `correspondence.%:${item.id}`));
    expect(pending.map((j) => j.key).sort()).toEqual([`correspondence.due:${item.id}`, `correspondence.overdue:${item.id}`]);
    const worker = new JobWorker(t.deps);
    await worker.runDue(new Date('2030-05-17T03:00:00Z'));
    await worker.runDue(new Date('2030-05-17T05:00:00Z'));
    expect((await mine()).map((n) => n.kind).sort()).toEqual(['correspondence.assigned', 'correspondence.reply_due']);
    await worker.runDue(new Date('2030-05-21T03:00:00Z'));
    await worker.runDue(new Date('2030-05-22T03:00:00Z'));
    expect((await mine()).map((n) => n.kind).sort()).toEqual(['correspondence.assigned', 'correspondence.reply_due', 'correspondence.reply_overdue']);
    const list = expectStatus(await t.as('staff', 'GET', '/api/correspondence?overdue=false&q=due%20soon'), 200);
    expect(list.items[0].overdue).toBe(false);
  });

  it('are dropped when the item is answered or filed', async () => {
    const item = expectStatus(
      await t.as('staff', 'POST', '/api/correspondence', { direction: 'incoming', kind: 'letter', date: '2026-05-01', senderOrganizationId: asec.id, subject: 'Filed', language: 'en', dueDate: '2030-06-20' }),
      201,
    );
    await move('staff', item.id, 'filed');
    const live = await t.db.select().from(jobs).where(and(like(jobs.key, `correspondence.%:${item.id}`), eq(jobs.status, 'pending')));
    expect(live).toHaveLength(0);
  });
});
