// Sectoral initiatives: creating and changing them, DAC sector percentages, the pipeline and its gates, money in minor units, funds, plans of action, and what a delegate sees.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/server/db/schema/index.ts';
import { createConsultation } from './consultations-fixtures.ts';
import { multipartBody } from './fixtures/documents.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let fund: Body;
beforeAll(async () => {
  t = await createTestApp();
  fund = expectStatus(await t.as('staff', 'POST', '/api/funds', { names: { en: 'ASEAN–Russia Dialogue Partnership Financial Fund' }, acronym: 'ARDPFF', currency: 'USD', classification: 'public' }), 201);
});
afterAll(async () => t?.close());

const create = async (fields: Record<string, unknown> = {}) =>
  expectStatus(
    await t.as('staff', 'POST', '/api/initiatives', {
      titleEn: 'Energy and natural-gas statistics cooperation',
      sectors: ['energy'],
      dacSectors: [{ code: '23110', percentage: 100 }],
      currency: 'USD',
      ...fields,
    }),
    201,
  );
const move = (id: string, stage: string, extra: Record<string, unknown> = {}) => t.as('staff', 'POST', `/api/initiatives/${id}/stage`, { stage, reason: `to ${stage}`, ...extra });
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
/** Attaches a document to an initiative, as staff. */
async function attachDocument(initiativeId: string, title: string) {
  const { payload, contentType } = await multipartBody({ recordType: 'initiative', recordId: initiativeId, title, classification: 'mission' }, { name: 'report.txt', content: 'Completion report\n' });
  return expectStatus(await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { 'content-type': contentType, cookie: t.users.staff.cookie } }), 201);
}

describe('an initiative', () => {
  it('is numbered from the mission’s series, starts as an idea and derives its IATI status', async () => {
    const a = await create({ proposalCode: 'ASEC-RU-2026-07' });
    const b = await create({ titleEn: 'Remote sensing for crop monitoring' });
    expect(a).toMatchObject({ stage: 'idea', activityStatus: '1', nextStages: ['concept_note', 'suspended', 'cancelled'], dacSectors: [{ code: '23110', percentage: 100 }] });
    expect(a.reference).toMatch(/^AR-\d{2}$/);
    expect(Number(b.reference.slice(3))).toBe(Number(a.reference.slice(3)) + 1);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.recordId, a.id));
    expect(rows.map((r) => r.action)).toContain('initiative.create');
  });

  it('refuses DAC sector percentages that do not add up to exactly 100, naming the field', async () => {
    const p = expectProblem(
      await t.as('staff', 'POST', '/api/initiatives', { titleEn: 'Split', dacSectors: [{ code: '43071', percentage: 60 }, { code: '21061', percentage: 30 }] }),
      400,
      { field: 'dacSectors' },
    );
    expect(p.errors?.[0].message).toMatch(/add up to 90/);
    const ok = await create({ titleEn: 'Post-harvest grain loss', dacSectors: [{ code: '43071', percentage: 70 }, { code: '21061', percentage: 30 }] });
    expectProblem(await t.as('staff', 'PATCH', `/api/initiatives/${ok.id}`, { dacSectors: [{ code: '43071', percentage: 70 }] }), 400, { field: 'dacSectors' });
    expectProblem(await t.as('staff', 'PATCH', `/api/initiatives/${ok.id}`, { dacSectors: [{ code: '99999', percentage: 100 }] }), 400, { field: 'dacSectors.0' });
    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${ok.id}`, { dacSectors: [{ code: '43071', percentage: 50 }, { code: '21061', percentage: 50 }] }), 200);
    expect(changed.dacSectors).toEqual([{ code: '43071', percentage: 50 }, { code: '21061', percentage: 50 }]);
  });

  it('keeps the proposal identification code unique and the mission sector from its list', async () => {
    await create({ proposalCode: 'ASEC-RU-2026-11' });
    expectProblem(await t.as('staff', 'POST', '/api/initiatives', { titleEn: 'Twin', proposalCode: 'ASEC-RU-2026-11' }), 400, { code: 'initiative.proposal_code_taken', field: 'proposalCode' });
    expectProblem(await t.as('staff', 'POST', '/api/initiatives', { titleEn: 'Odd sector', sectors: ['astrology'] }), 400, { field: 'sectors.0' });
  });

  it('is listed with filters by stage, sector, DAC code, party and text, edited and archived', async () => {
    const i = await create({ titleEn: 'Smart-city digital platforms', sectors: ['ict'], dacSectors: [{ code: '22040', percentage: 100 }], memberParties: ['VN'] });
    const ids = async (q: string) => expectStatus(await t.as('staff', 'GET', `/api/initiatives?${q}`), 200).items.map((x: Body) => x.id);
    expect(await ids('sector=ict')).toEqual([i.id]);
    expect(await ids('dacCode=22040')).toEqual([i.id]);
    expect(await ids('party=VN')).toEqual([i.id]);
    expect(await ids('q=smart-city')).toEqual([i.id]);
    expect(await ids('stage=idea')).toContain(i.id);
    const edited = expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { titleRu: 'Цифровые платформы умных городов' }), 200);
    expect(edited).toMatchObject({ titleEn: 'Smart-city digital platforms', titleRu: 'Цифровые платформы умных городов' });
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/archive`), 200);
    expect(await ids('sector=ict')).toEqual([]);
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/restore`), 200);
    expect(await ids('sector=ict')).toEqual([i.id]);
  });
});

describe('the pipeline', () => {
  it('allows only the next stage, suspension and cancellation, and resumes a suspended initiative where it stopped', async () => {
    const i = await create();
    expectProblem(await move(i.id, 'approved'), 409, { code: 'initiative.transition_not_allowed', field: 'stage' });
    expectStatus(await move(i.id, 'concept_note'), 200);
    const suspended = expectStatus(await move(i.id, 'suspended', { reason: 'implementing agency restructuring' }), 200);
    expect(suspended).toMatchObject({ stage: 'suspended', activityStatus: '6', nextStages: ['concept_note', 'cancelled'] });
    expectProblem(await move(i.id, 'proposal_submitted'), 409, { code: 'initiative.transition_not_allowed' });
    expectStatus(await move(i.id, 'concept_note'), 200);
    expect(expectStatus(await move(i.id, 'cancelled'), 200)).toMatchObject({ stage: 'cancelled', activityStatus: '5', nextStages: [] });
    const history = expectStatus(await t.as('staff', 'GET', `/api/initiatives/${i.id}/history`), 200).items;
    expect(history.map((h: Body) => h.toStage)).toEqual(['idea', 'concept_note', 'suspended', 'concept_note', 'cancelled']);
    expect(history[2]).toMatchObject({ fromStage: 'concept_note', reason: 'implementing agency restructuring', byName: 'Test staff' });
  });

  it('gates each stage until its requirements hold, saying what is missing', async () => {
    const i = await create();
    for (const s of ['concept_note', 'proposal_submitted', 'asec_appraisal']) expectStatus(await move(i.id, s), 200);

    // Endorsement needs the sponsoring body.
    let p = expectProblem(await move(i.id, 'sponsoring_body_endorsed'), 409, { code: 'initiative.gate_unmet', field: 'sponsoringBodyId' });
    expect(p.detail).toMatch(/sponsoring body/);
    const body = await createBody(t, { names: { en: 'Senior Officials Meeting on Energy' }, acronym: 'SOME', decisionPrefix: 'SOME' });
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { sponsoringBodyId: body.id }), 200);
    expectStatus(await move(i.id, 'sponsoring_body_endorsed'), 200);

    // Approval needs a fund, a budget and an approval reference.
    p = expectProblem(await move(i.id, 'approved'), 409, { code: 'initiative.gate_unmet' });
    expect(p.errors?.map((e) => e.field)).toEqual(['fundId', 'budgets', 'approval']);
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { fundId: fund.id }), 200);
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/budgets`, { type: '1', periodStart: '2026-01-01', periodEnd: '2026-12-31', value: usd(35_000_000) }), 201);
    p = expectProblem(await move(i.id, 'approved'), 409, { code: 'initiative.gate_unmet', field: 'approval' });
    const meeting = await createMeeting(t, body.id, { number: 23 });
    const decision = expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/decisions`, { text: 'Approve the energy statistics project.' }), 201);
    const approved = expectStatus(await move(i.id, 'approved', { approval: { recordType: 'decision', recordId: decision.id } }), 200);
    expect(approved.approval).toMatchObject({ recordType: 'decision', recordId: decision.id, title: expect.stringContaining('SOME-23/D1') });

    // Implementation needs a first disbursement or a commencement date.
    expectProblem(await move(i.id, 'in_implementation'), 409, { code: 'initiative.gate_unmet', field: 'commencementDate' });
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/transactions`, { type: '3', date: '2026-02-01', value: usd(21_000_000) }), 201);
    expect(expectStatus(await move(i.id, 'in_implementation'), 200)).toMatchObject({ activityStatus: '2' });
    expectStatus(await move(i.id, 'completion_reporting'), 200);

    // Closing needs the completion report and the unspent balance.
    p = expectProblem(await move(i.id, 'closed'), 409, { code: 'initiative.gate_unmet' });
    expect(p.errors?.map((e) => e.field)).toEqual(['completionReportDocumentId', 'unspentBalance']);
    expectProblem(await move(i.id, 'closed', { completionReportDocumentId: crypto.randomUUID() }), 400, { code: 'initiative.unknown_report', field: 'completionReportDocumentId' });
    const upload = await attachDocument(i.id, 'Completion report');
    const closed = expectStatus(await move(i.id, 'closed', { completionReportDocumentId: upload.id, unspentBalance: usd(1_250_000) }), 200);
    expect(closed).toMatchObject({ stage: 'closed', activityStatus: '4', unspentBalance: usd(1_250_000), completionReportDocumentId: upload.id });
  });

  it('takes as approval a decision or an adopted consultation, nothing else', async () => {
    const i = await create({ fundId: fund.id });
    for (const s of ['concept_note', 'proposal_submitted', 'asec_appraisal']) expectStatus(await move(i.id, s), 200);
    const body = await createBody(t, { names: { en: 'Committee on Science, Technology and Innovation' }, acronym: 'COSTI', decisionPrefix: 'COSTI' });
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { sponsoringBodyId: body.id }), 200);
    expectStatus(await move(i.id, 'sponsoring_body_endorsed'), 200);
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/budgets`, { periodStart: '2026-01-01', periodEnd: '2026-12-31', value: usd(100) }), 201);
    expectProblem(await move(i.id, 'approved', { approval: { recordType: 'meeting', recordId: i.id } }), 400, { field: 'approval.recordType' });
    const draft = await createConsultation(t);
    expectProblem(await move(i.id, 'approved', { approval: { recordType: 'consultation', recordId: draft.id } }), 400, { code: 'initiative.approval_not_adopted', field: 'approval.recordId' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/initiatives/${i.id}`), 200)).toMatchObject({ stage: 'sponsoring_body_endorsed', approval: null });
  });
});

describe('money', () => {
  it('derives budget, committed, disbursed, spent and remaining in minor units; a revised budget replaces the original of its period', async () => {
    const i = await create({ titleEn: 'Remote sensing', currency: 'USD' });
    const post = (path: string, body: unknown) => t.as('staff', 'POST', `/api/initiatives/${i.id}/${path}`, body);
    expectStatus(await post('budgets', { type: '1', periodStart: '2026-01-01', periodEnd: '2026-12-31', value: usd(20_000_001) }), 201);
    expectStatus(await post('budgets', { type: '2', periodStart: '2026-01-01', periodEnd: '2026-12-31', value: usd(22_000_000) }), 201);
    expectStatus(await post('budgets', { type: '1', periodStart: '2027-01-01', periodEnd: '2027-12-31', value: usd(20_000_000) }), 201);
    expectStatus(await post('transactions', { type: '2', date: '2026-03-01', value: usd(42_000_000) }), 201);
    expectStatus(await post('transactions', { type: '3', date: '2026-03-15', value: usd(25_200_000) }), 201);
    const m = expectStatus(await post('transactions', { type: '4', date: '2026-06-30', value: usd(10_000_033) }), 201);
    expect(m.totals).toEqual({ budget: usd(42_000_000), committed: usd(42_000_000), disbursed: usd(25_200_000), spent: usd(10_000_033), remaining: usd(16_800_000) });
    expectProblem(await post('transactions', { type: '3', date: '2026-03-15', value: { amountMinor: 1.5, currency: 'USD' } }), 400, { field: 'value.amountMinor' });
    expectProblem(await post('transactions', { type: '3', date: '2026-03-15', value: { amountMinor: 100, currency: 'RUB' } }), 400, { code: 'initiative.currency_mismatch', field: 'value.currency' });
    expectProblem(await post('transactions', { type: '7', date: '2026-03-15', value: usd(1) }), 400, { field: 'type' });
    expectProblem(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { currency: 'RUB' }), 400, { code: 'initiative.currency_fixed', field: 'currency' });
  });

  it('a fund shows contributions, commitments, disbursements and its balance by year', async () => {
    const f = expectStatus(await t.as('staff', 'POST', '/api/funds', { names: { en: 'Test fund' }, currency: 'USD', classification: 'public' }), 201);
    for (const year of [2025, 2026]) expectStatus(await t.as('staff', 'POST', `/api/funds/${f.id}/contributions`, { year, amount: usd(150_000_000) }), 201);
    const i = await create({ fundId: f.id, classification: 'public' });
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/transactions`, { type: '2', date: '2026-03-01', value: usd(40_000_000) }), 201);
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/transactions`, { type: '3', date: '2026-04-01', value: usd(24_000_000) }), 201);
    const hidden = await create({ fundId: f.id, classification: 'mission' });
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${hidden.id}/transactions`, { type: '3', date: '2026-05-01', value: usd(1_000_000) }), 201);
    const seen = expectStatus(await t.as('staff', 'GET', `/api/funds/${f.id}`), 200);
    expect(seen).toMatchObject({ contributions: usd(300_000_000), committed: usd(40_000_000), disbursed: usd(25_000_000), balance: usd(275_000_000) });
    expect(seen.byYear.map((y: Body) => [y.year, y.balance.amountMinor])).toEqual([[2025, 150_000_000], [2026, 125_000_000]]);
    // A delegate's totals count only what they may see.
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/funds/${f.id}`), 200)).toMatchObject({ disbursed: usd(24_000_000), balance: usd(276_000_000) });
    expectProblem(await t.as('staff', 'POST', `/api/funds/${f.id}/contributions`, { year: 2027, amount: { amountMinor: 1, currency: 'EUR' } }), 400, { field: 'amount.currency' });
  });
});

describe('plans of action', () => {
  it('count an action line as launched once an initiative advancing it is in implementation', async () => {
    const plan = expectStatus(await t.as('staff', 'POST', '/api/plans', { titleEn: 'Comprehensive Plan of Action 2021–2025', fromYear: 2021, toYear: 2025, classification: 'public' }), 201);
    let p = expectStatus(await t.as('staff', 'POST', `/api/plans/${plan.id}/action-lines`, { pillar: 'Economic cooperation', code: '2.1.1', title: 'Energy statistics' }), 201);
    p = expectStatus(await t.as('staff', 'POST', `/api/plans/${plan.id}/action-lines`, { pillar: 'Economic cooperation', code: '2.1.2', title: 'Energy efficiency' }), 201);
    expectProblem(await t.as('staff', 'POST', `/api/plans/${plan.id}/action-lines`, { pillar: 'x', code: '2.1.2', title: 'Twice' }), 400, { code: 'action_line.code_taken', field: 'code' });
    const [l1, l2] = p.lines;
    const i = await create({ classification: 'public' });
    expectStatus(await t.as('staff', 'PUT', `/api/initiatives/${i.id}/action-lines`, { actionLineIds: [l1.id, l2.id] }), 200);
    p = expectStatus(await t.as('staff', 'GET', `/api/plans/${plan.id}`), 200);
    expect(p).toMatchObject({ lineCount: 2, launchedCount: 0 });
    expect(p.lines[0].initiatives.map((x: Body) => x.id)).toEqual([i.id]);
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}`, { actualStart: '2026-01-15' }), 200);
    for (const s of ['concept_note', 'proposal_submitted', 'asec_appraisal']) expectStatus(await move(i.id, s), 200);
    // Straight from idea to implementation is not a move the pipeline allows, however complete the record.
    expectProblem(await move(i.id, 'in_implementation'), 409, { code: 'initiative.transition_not_allowed' });
  });
});

describe('access', () => {
  it('a delegate sees only initiatives shared with their party, and cannot change them', async () => {
    const shared = await create({ titleEn: 'Shared with Indonesia', classification: 'shared', sharedWith: { parties: ['ID'] } });
    const hidden = await create({ titleEn: 'Mission only' });
    const list = expectStatus(await t.as('delegateId', 'GET', '/api/initiatives?limit=100'), 200);
    expect(list.items.map((x: Body) => x.id)).toContain(shared.id);
    expect(list.items.map((x: Body) => x.id)).not.toContain(hidden.id);
    expect(list.items.every((x: Body) => x.classification === 'public' || x.sharedWith.parties.includes('ID'))).toBe(true);
    for (const path of ['', '/history', '/money', '/participants', '/milestones', '/action-lines', '/iati.xml']) expectProblem(await t.as('delegateId', 'GET', `/api/initiatives/${hidden.id}${path}`), 404);
    expectStatus(await t.as('delegateId', 'GET', `/api/initiatives/${shared.id}`), 200);
    expectProblem(await t.as('delegateId', 'PATCH', `/api/initiatives/${shared.id}`, { titleEn: 'x' }), 403);
    expectProblem(await t.as('delegateId', 'POST', `/api/initiatives/${shared.id}/stage`, { stage: 'concept_note' }), 403);
    expectProblem(await t.as('delegateVn', 'GET', `/api/initiatives/${shared.id}`), 404);
    const hits = expectStatus(await t.as('delegateId', 'GET', '/api/search?q=mission%20only'), 200);
    expect(hits.items.filter((h: Body) => h.recordType === 'initiative')).toEqual([]);
  });

  it('exports the current view as CSV and XLSX with only what the reader may see, formulas kept as text', async () => {
    const shared = await create({ titleEn: '=HYPERLINK("x") export check', sectors: ['culture'], dacSectors: [{ code: '16066', percentage: 100 }], classification: 'shared', sharedWith: { parties: ['ID'] } });
    await create({ titleEn: 'Hidden export check', sectors: ['culture'] });
    const csv = await t.as('staff', 'GET', '/api/initiatives/export.csv?sector=culture');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^Reference,Title,Stage/);
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`"'=HYPERLINK(""x"") export check"`);
    const mine = await t.as('delegateId', 'GET', '/api/initiatives/export.csv?sector=culture&lang=ru');
    const mineLines = mine.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(mineLines[0]).toMatch(/^Номер,Название,Стадия/);
    expect(mineLines.slice(1).map((l) => l.split(',')[0])).toEqual([shared.reference]);
    const xlsx = await t.as('delegateId', 'GET', '/api/initiatives/export.xlsx?sector=culture');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(shared.reference);
    expectProblem(await t.as('staff', 'GET', '/api/initiatives/export.csv?stage=nowhere'), 400, { field: 'stage' });
  });
});
