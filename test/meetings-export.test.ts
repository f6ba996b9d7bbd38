// The meeting record export as DOCX and PDF, in English and Russian, for those who may see the meeting.
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBody, createMeeting, moveTo } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let meeting: Body;
let decisionCode: string;
beforeAll(async () => {
  t = await createTestApp();
  const body = await createBody(t, { names: { en: 'ASEAN–Russia Joint Cooperation Committee', ru: 'Совместный комитет сотрудничества АСЕАН–Россия' } });
  meeting = await createMeeting(t, body.id, {
    number: 23,
    title: '23rd ASEAN–Russia Joint Cooperation Committee',
    titleRu: '23-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    classification: 'shared',
    sharedWith: { parties: ['ID'] },
  });
  const person = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Rina Percobaan', classification: 'public' }), 201);
  const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Consideration of new project proposals AR-08, AR-09, AR-12', presenterPartyCode: 'ID' }), 201);
  expectStatus(
    await t.as('staff', 'PUT', `/api/meetings/${meeting.id}/agenda-items/${item.id}/minutes`, {
      content: '<p>The Committee welcomed the proposals and <strong>agreed</strong> to fund AR-10.</p><ul><li><p>Комитет одобрил проект AR-10.</p></li></ul>',
      baseVersion: 0,
    }),
    200,
  );
  decisionCode = expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/decisions`, { text: 'Approve project AR-10 under the ARDPFF.', agendaItemId: item.id }), 201).code;
  expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/action-items`, { title: 'Circulate the signed AR-10 agreement', ownerPartyCode: 'ID', dueDate: '2026-05-01' }), 201);
  expectStatus(await t.as('staff', 'PUT', `/api/meetings/${meeting.id}/attendance`, { parties: [{ partyCode: 'ID', status: 'present', headPersonId: person.id }, { partyCode: 'VN', status: 'apologies' }] }), 200);
  await moveTo(t, meeting.id, 'record_approved');
});
afterAll(async () => t?.close());

const download = async (format: 'docx' | 'pdf', lang: 'en' | 'ru', who: 'staff' | 'delegateId' = 'staff') => {
  const res = await t.as(who, 'GET', `/api/meetings/${meeting.id}/export.${format}?lang=${lang}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ARJCC-23-record-(en|ru)\.(docx|pdf)"/);
  return res;
};
const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;
const pdfText = async (bytes: Buffer) => (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\s+/g, ' ');

describe('the meeting record export', () => {
  it('as DOCX in English holds the agenda, attendance, minutes, decisions with codes and action items', async () => {
    const res = await download('docx', 'en');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await docxText(res.rawPayload);
    for (const expected of [
      'Record of the meeting',
      '23rd ASEAN–Russia Joint Cooperation Committee',
      '18 March 2026, 09:30 – 16:00 (Asia/Jakarta)',
      'Consideration of new project proposals AR-08, AR-09, AR-12',
      'Indonesia (ID)',
      'Rina Percobaan',
      'apologies',
      'The Committee welcomed the proposals and agreed to fund AR-10.',
      'Комитет одобрил проект AR-10.',
      decisionCode,
      'Approve project AR-10 under the ARDPFF.',
      'Circulate the signed AR-10 agreement',
      '1 May 2026',
      'Record approved on',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('as DOCX in Russian uses Russian labels and the Russian title', async () => {
    const text = await docxText((await download('docx', 'ru')).rawPayload);
    for (const expected of ['Протокол заседания', '23-е заседание Совместного комитета сотрудничества АСЕАН–Россия', 'Повестка дня', 'Решения', 'Поручения', decisionCode, 'присутствует']) {
      expect(text).toContain(expected);
    }
  });

  it('as PDF, readable by an independent reader, with Cyrillic text intact', async () => {
    const en = await download('pdf', 'en');
    expect(en.headers['content-type']).toBe('application/pdf');
    expect(en.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(en.rawPayload);
    for (const expected of ['23rd ASEAN–Russia Joint Cooperation Committee', decisionCode, 'The Committee welcomed the proposals and agreed to fund AR-10.', 'Комитет одобрил проект AR-10.', 'Circulate the signed AR-10 agreement']) {
      expect(text).toContain(expected);
    }
    const ru = await pdfText((await download('pdf', 'ru')).rawPayload);
    for (const expected of ['Протокол заседания', 'Повестка дня', 'Участие делегаций', decisionCode, 'Комитет одобрил проект AR-10.']) expect(ru).toContain(expected);
  });

  it('is open to a delegate the meeting is shared with, and refuses an unknown language', async () => {
    const text = await docxText((await download('docx', 'en', 'delegateId')).rawPayload);
    expect(text).toContain(decisionCode);
    expectProblem(await t.as('delegateVn', 'GET', `/api/meetings/${meeting.id}/export.pdf`), 404);
    expectProblem(await t.as('staff', 'GET', `/api/meetings/${meeting.id}/export.docx?lang=fr`), 400, { field: 'lang' });
  });
});
