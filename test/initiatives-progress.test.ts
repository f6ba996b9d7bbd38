// Progress reports with indicators and risks of an initiative: validation, access, the IATI results, and due reminders sent once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calendarItems, jobs, notifications } from '../src/server/db/schema/index.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { unknownCodes, xmllint } from './support/iati.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const create = async (fields: Record<string, unknown> = {}) =>
  expectStatus(
    await t.as('staff', 'POST', '/api/initiatives', {
      titleEn: 'ASEAN–Russia digital skills for officials',
      sectors: ['ict'],
      dacSectors: [{ code: '22040', percentage: 100 }],
      currency: 'USD',
      responsibleUserId: t.users.staff2.id,
      ...fields,
    }),
    201,
  );
const indicator = { title: 'Officials trained', unit: 'people', baselineYear: 2025, baseline: 0, target: 120, actual: 45 };

describe('progress reports', () => {
  it('are filed with a period, narrative, percent complete and indicators, audited, and can be changed', async () => {
    const i = await create();
    const res = expectStatus(
      await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, {
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        submittedOn: '2026-07-10',
        narrative: 'Two of five training cohorts completed in Moscow and Jakarta.',
        percentComplete: 40,
        indicators: [indicator, { title: 'Share of women among trainees', unit: '%', target: 50, actual: 47.5 }],
      }),
      201,
    );
    expect(res.items).toHaveLength(1);
    const report = res.items[0];
    expect(report).toMatchObject({ percentComplete: 40, submittedOn: '2026-07-10', overdue: false });
    expect(report.indicators.map((x: Body) => [x.title, x.unit, x.baseline, x.target, x.actual])).toEqual([
      ['Officials trained', 'people', 0, 120, 45],
      ['Share of women among trainees', '%', null, 50, 47.5],
    ]);
    const updated = expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/reports/${report.id}`, { percentComplete: 45, indicators: [{ ...indicator, actual: 60 }] }), 200);
    expect(updated.items[0]).toMatchObject({ percentComplete: 45, narrative: report.narrative });
    expect(updated.items[0].indicators.map((x: Body) => x.actual)).toEqual([60]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.recordId, i.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['initiative.report_add', 'initiative.report_update']));
  });

  it('refuse a percent outside 0–100, a period running backwards and an indicator without a unit, naming the field, and write nothing', async () => {
    const i = await create();
    const base = { periodStart: '2026-01-01', periodEnd: '2026-06-30' };
    expectProblem(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { ...base, percentComplete: 120 }), 400, { field: 'percentComplete' });
    expectProblem(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { ...base, periodEnd: '2025-12-31' }), 400, { field: 'periodEnd' });
    expectProblem(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { ...base, indicators: [{ title: 'Events held', unit: '' }] }), 400, { field: 'indicators.0.unit' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/initiatives/${i.id}/reports`), 200).items).toEqual([]);
    expectProblem(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/reports/00000000-0000-4000-8000-000000000000`, { narrative: 'x' }), 404);
  });

  it('an expected report is overdue once its due date has passed, and its due date is in the calendar until it is filed', async () => {
    const i = await create();
    const res = expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { periodStart: '2024-01-01', periodEnd: '2024-12-31', dueDate: '2025-01-31' }), 201);
    expect(res.items[0]).toMatchObject({ overdue: true, submittedOn: null });
    const items = () => t.db.select().from(calendarItems).where(and(eq(calendarItems.recordType, 'initiative'), eq(calendarItems.recordId, i.id)));
    expect((await items()).map((c) => c.itemKey)).toContain(`report:${res.items[0].id}`);
    const filed = expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/reports/${res.items[0].id}`, { submittedOn: '2025-02-03', narrative: 'Filed late.' }), 200);
    expect(filed.items[0].overdue).toBe(false);
    expect((await items()).filter((c) => c.status !== 'cancelled').map((c) => c.itemKey)).not.toContain(`report:${res.items[0].id}`);
  });
});

describe('risks', () => {
  it('are rated by likelihood × impact, listed open first and highest first, and closed', async () => {
    const i = await create();
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/risks`, { title: 'Visa delays for trainers', likelihood: 3, impact: 2, owner: 'Second Secretary', mitigation: 'Apply 8 weeks ahead' }), 201);
    const res = expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/risks`, { title: 'Payment routing blocked', likelihood: 4, impact: 5 }), 201);
    expect(res.items.map((r: Body) => [r.title, r.score])).toEqual([
      ['Payment routing blocked', 20],
      ['Visa delays for trainers', 6],
    ]);
    const closed = expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/risks/${res.items[0].id}`, { status: 'closed' }), 200);
    expect(closed.items.map((r: Body) => [r.title, r.status])).toEqual([
      ['Visa delays for trainers', 'open'],
      ['Payment routing blocked', 'closed'],
    ]);
    expectProblem(await t.as('staff', 'POST', `/api/initiatives/${i.id}/risks`, { title: 'x', likelihood: 6, impact: 1 }), 400, { field: 'likelihood' });
  });
});

describe('access to reports and risks', () => {
  it('a delegate reads them only for an initiative shared with their party, and never writes', async () => {
    const shared = await create({ classification: 'shared', sharedWith: { parties: ['ID'] } });
    const hidden = await create();
    for (const path of ['/reports', '/risks']) {
      expectProblem(await t.as('delegateId', 'GET', `/api/initiatives/${hidden.id}${path}`), 404);
      expectStatus(await t.as('delegateId', 'GET', `/api/initiatives/${shared.id}${path}`), 200);
    }
    expectProblem(await t.as('delegateId', 'POST', `/api/initiatives/${shared.id}/reports`, { periodStart: '2026-01-01', periodEnd: '2026-06-30' }), 403);
    expectProblem(await t.as('delegateId', 'POST', `/api/initiatives/${hidden.id}/risks`, { title: 'x', likelihood: 1, impact: 1 }), 404);
  });
});

describe('IATI results', () => {
  it('carry the indicators of the filed reports, a period each, and still validate against the 2.03 schema', async () => {
    const i = await create({ iatiPublish: true });
    for (const [from, to, actual] of [
      ['2026-01-01', '2026-06-30', 45],
      ['2026-07-01', '2026-12-31', 110],
    ] as const) {
      expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { periodStart: from, periodEnd: to, submittedOn: to, percentComplete: 50, indicators: [{ ...indicator, actual }] }), 201);
    }
    // An expected report's indicators are not published.
    expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { periodStart: '2027-01-01', periodEnd: '2027-06-30', dueDate: '2027-07-15', indicators: [{ ...indicator, actual: 999 }] }), 201);
    const xml = (await t.as('staff', 'GET', `/api/initiatives/${i.id}/iati.xml`)).body;
    const lint = xmllint(xml);
    expect(lint.output).toBe('');
    expect(lint.ok).toBe(true);
    expect(await unknownCodes(t.db, xml)).toEqual([]);
    expect(xml).toContain('<indicator measure="1" ascending="true">');
    expect(xml).toContain('<baseline year="2025" value="0"/>');
    expect(xml.match(/<period>/g)).toHaveLength(2);
    expect(xml).toContain('<actual value="110"/>');
    expect(xml).not.toContain('999');
  });
});

describe('due reminders', () => {
  it('tell the responsible staff member 7 days before a report or milestone is due and once it is overdue, each exactly once', async () => {
    const i = await create();
    const r = expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/reports`, { periodStart: '2099-01-01', periodEnd: '2099-06-30', dueDate: '2099-07-31' }), 201).items[0];
    const m = expectStatus(await t.as('staff', 'POST', `/api/initiatives/${i.id}/milestones`, { title: 'Second cohort trained', plannedDate: '2099-08-15' }), 201).items[0];
    const pending = async (key: string) => (await t.db.select().from(jobs).where(and(eq(jobs.key, key), eq(jobs.status, 'pending')))).map((j) => j.runAt.toISOString());
    expect(await pending(`initiative.report_due:${r.id}:soon`)).toEqual(['2099-07-24T02:00:00.000Z']);
    expect(await pending(`initiative.report_due:${r.id}:overdue`)).toEqual(['2099-08-01T02:00:00.000Z']);
    expect(await pending(`initiative.milestone_due:${m.id}:soon`)).toEqual(['2099-08-08T02:00:00.000Z']);
    const worker = new JobWorker(t.deps);
    const sent = () => t.db.select().from(notifications).where(eq(notifications.recordId, i.id));
    await worker.runDue(new Date('2099-07-24T02:00:01Z'));
    expect((await sent()).map((n) => [n.userId, n.kind, (n.params as Body).phase])).toEqual([[t.users.staff2.id, 'initiatives.report_due', 'soon']]);
    // Editing the report does not send the same reminder again.
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/reports/${r.id}`, { narrative: 'Drafting' }), 200);
    expect(await pending(`initiative.report_due:${r.id}:soon`)).toEqual([]);
    await worker.runDue(new Date('2099-07-25T02:00:01Z'));
    expect(await sent()).toHaveLength(1);
    await worker.runDue(new Date('2099-08-08T02:00:01Z'));
    const after = await sent();
    expect(after.map((n) => `${n.kind}:${(n.params as Body).phase}`).sort()).toEqual(['initiatives.milestone_due:soon', 'initiatives.report_due:overdue', 'initiatives.report_due:soon']);
    // The milestone reached before its day: no overdue reminder.
    expectStatus(await t.as('staff', 'PATCH', `/api/initiatives/${i.id}/milestones/${m.id}`, { actualDate: '2099-08-10' }), 200);
    expect(await pending(`initiative.milestone_due:${m.id}:overdue`)).toEqual([]);
    await worker.runDue(new Date('2099-09-01T02:00:01Z'));
    expect(await sent()).toHaveLength(3);
    // Only the responsible person, and only as they may see the initiative.
    expect(new Set(after.map((n) => n.userId))).toEqual(new Set([t.users.staff2.id]));
  });
});
