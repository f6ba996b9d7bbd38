// Liaison between secretariats: requests and their steps, the liaison officer's scope, agreements and their renewal alerts, focal points, and events with their public listing.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, notifications } from '../src/server/db/schema/index.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let asec: Body;
let eec: Body;
let scoId: string;
beforeAll(async () => {
  t = await createTestApp();
  scoId = t.sco.id;
  asec = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Secretariat' }, acronym: 'ASEC', kind: 'secretariat', classification: 'public' }), 201);
  eec = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Eurasian Economic Commission' }, acronym: 'EEC', kind: 'secretariat', classification: 'public' }), 201);
});
afterAll(async () => t?.close());

const newRequest = async (target: string, fields: Record<string, unknown> = {}) =>
  expectStatus(
    await t.as('staff', 'POST', '/api/liaison-requests', {
      requestingOrganizationId: asec.id,
      targetOrganizationId: target,
      subject: 'Briefing by RATS experts for the SOMTC working group',
      area: 'counter-terrorism',
      channel: 'note_verbale',
      targetDate: '2030-01-31',
      internalNotes: 'Mission only: the working group is divided on the format.',
      ...fields,
    }),
    201,
  );
const step = (who: 'staff' | 'liaisonSco' | 'delegateId', id: string, body: Record<string, unknown>) => t.as(who, 'POST', `/api/liaison-requests/${id}/steps`, { on: '2026-10-05', action: 'Done something', ...body });

describe('a liaison request', () => {
  it('is numbered, starts as a draft, and moves only forward through its steps', async () => {
    const r = await newRequest(scoId);
    expect(r).toMatchObject({ status: 'draft', classification: 'shared', sharedWith: { organizations: expect.arrayContaining([asec.id, scoId]) }, nextStatuses: ['sent'], overdue: false });
    expect(r.reference).toMatch(/^LR-\d{2}$/);
    const steps = expectStatus(await step('staff', r.id, { action: 'Note verbale sent', status: 'sent' }), 201);
    expect(steps.items).toMatchObject([{ action: 'Note verbale sent', fromStatus: 'draft', toStatus: 'sent', byName: 'Test staff' }]);
    expectProblem(await step('staff', r.id, { status: 'draft' }), 409, { code: 'liaison_request.status_not_forward' });
    expectProblem(await step('staff', r.id, { on: 'yesterday' }), 400, { field: 'on' });
    expectProblem(await step('staff', r.id, { action: '  ' }), 400, { field: 'action' });
    const after = expectStatus(await t.as('staff', 'GET', `/api/liaison-requests/${r.id}`), 200);
    expect(after.status).toBe('sent');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.recordId, r.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['liaison_request.create', 'liaison_request.status']));
    // The audit never holds the mission's notes.
    expect(JSON.stringify(audit)).not.toContain('divided on the format');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/liaison-requests', { requestingOrganizationId: asec.id, targetOrganizationId: asec.id, subject: 'x', channel: 'letter' }), 400, { field: 'targetOrganizationId' });
    expectProblem(await t.as('staff', 'POST', '/api/liaison-requests', { requestingOrganizationId: asec.id, targetOrganizationId: scoId, subject: 'x', channel: 'fax' }), 400, { field: 'channel' });
    expectProblem(await t.as('staff', 'POST', '/api/liaison-requests', { requestingOrganizationId: asec.id, targetOrganizationId: scoId, subject: '', channel: 'letter' }), 400, { field: 'subject' });
    expectProblem(await t.as('staff', 'POST', '/api/liaison-requests', { requestingOrganizationId: asec.id, targetOrganizationId: scoId, subject: 'x', channel: 'letter', targetDate: '31.01.2030' }), 400, { field: 'targetDate' });
    expectProblem(await t.as('delegateId', 'POST', '/api/liaison-requests', { requestingOrganizationId: asec.id, targetOrganizationId: scoId, subject: 'x', channel: 'letter' }), 403);
  });

  it('is seen and stepped by the liaison officer of its organisation only, never with the mission’s notes', async () => {
    const mine = await newRequest(scoId, { subject: 'Exchange of drug-situation overviews' });
    const theirs = await newRequest(eec.id, { subject: 'Seminar on digital transformation with the EEC' });
    const list = expectStatus(await t.as('liaisonSco', 'GET', '/api/liaison-requests?limit=100'), 200);
    expect(list.items.map((r: Body) => r.id)).toContain(mine.id);
    expect(list.items.map((r: Body) => r.id)).not.toContain(theirs.id);
    expect(list.items.every((r: Body) => r.internalNotes === null)).toBe(true);
    const one = expectStatus(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${mine.id}`), 200);
    expect(one).toMatchObject({ canStep: true, abilities: { update: false, archive: false, classify: false }, internalNotes: null, responsibleUserId: null });
    // A step and a move forward, yes; editing the request, no.
    expectStatus(await step('staff', mine.id, { status: 'sent' }), 201);
    const steps = expectStatus(await step('liaisonSco', mine.id, { action: 'Received and forwarded to RATS', status: 'acknowledged' }), 201);
    expect(steps.items.at(-1)).toMatchObject({ toStatus: 'acknowledged', byOrganization: 'SCO Secretariat' });
    expectStatus(await step('liaisonSco', mine.id, { action: 'Meeting fixed', status: 'meeting_scheduled' }), 201);
    expectProblem(await t.as('liaisonSco', 'PATCH', `/api/liaison-requests/${mine.id}`, { subject: 'Changed by the SCO' }), 403);
    expectProblem(await t.as('liaisonSco', 'POST', `/api/liaison-requests/${mine.id}/archive`), 403);
    // The other organisation's request is as if it did not exist, on every route.
    const missing = expectProblem(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${crypto.randomUUID()}`), 404);
    const hidden = expectProblem(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${theirs.id}`), 404);
    expect(hidden.code).toBe(missing.code);
    expectProblem(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${theirs.id}/steps`), 404);
    expectProblem(await step('liaisonSco', theirs.id, { status: 'sent' }), 404);
    expectProblem(await t.as('liaisonSco', 'PATCH', `/api/liaison-requests/${theirs.id}`, { subject: 'x' }), 404);
    // Search: their own request by subject, not the other's, and never by words of the notes.
    const found = expectStatus(await t.as('liaisonSco', 'GET', '/api/search?q=drug-situation'), 200);
    expect(JSON.stringify(found)).toContain(mine.id);
    expect(JSON.stringify(expectStatus(await t.as('liaisonSco', 'GET', '/api/search?q=digital transformation'), 200))).not.toContain(theirs.id);
    expect(JSON.stringify(expectStatus(await t.as('liaisonSco', 'GET', '/api/search?q=divided'), 200))).not.toContain(mine.id);
    // A visitor and a delegate see none.
    expectProblem(await t.as('anonymous', 'GET', `/api/liaison-requests/${mine.id}`), 404);
    expectProblem(await t.as('delegateId', 'GET', `/api/liaison-requests/${mine.id}`), 404);
    // The status moves notified the mission's author, and the officer only of moves by others.
    const notes = await t.db.select().from(notifications).where(eq(notifications.recordId, mine.id));
    expect(notes.some((n) => n.userId === t.users.staff.id)).toBe(true);
    expect(notes.filter((n) => n.userId === t.users.liaisonSco.id)).toHaveLength(1);
  });

  it('a mission-only request is not shown to the liaison officer, and changing its organisations re-derives its sharing', async () => {
    const r = await newRequest(scoId, { classification: 'mission', subject: 'Internal preparation' });
    expect(r.sharedWith.organizations).toEqual([]);
    expectProblem(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${r.id}`), 404);
    const shared = expectStatus(await t.as('staff', 'PATCH', `/api/liaison-requests/${r.id}`, { classification: 'shared' }), 200);
    expect(shared.sharedWith.organizations.sort()).toEqual([asec.id, scoId].sort());
    expectStatus(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${r.id}`), 200);
    const moved = expectStatus(await t.as('staff', 'PATCH', `/api/liaison-requests/${r.id}`, { targetOrganizationId: eec.id }), 200);
    expect(moved.sharedWith.organizations.sort()).toEqual([asec.id, eec.id].sort());
    expectProblem(await t.as('liaisonSco', 'GET', `/api/liaison-requests/${r.id}`), 404);
  });

  it('is overdue once its target date has passed while it is open', async () => {
    const late = await newRequest(scoId, { targetDate: '2020-01-01', subject: 'Late one' });
    expect(late.overdue).toBe(true);
    const overdue = expectStatus(await t.as('staff', 'GET', '/api/liaison-requests?overdue=true'), 200);
    expect(overdue.items.map((r: Body) => r.id)).toContain(late.id);
    expectStatus(await step('staff', late.id, { status: 'sent' }), 201);
    expectStatus(await step('staff', late.id, { status: 'lapsed' }), 201);
    expect(expectStatus(await t.as('staff', 'GET', `/api/liaison-requests/${late.id}`), 200).overdue).toBe(false);
  });
});

describe('an agreement', () => {
  const alertJobs = async (id: string) => t.db.select().from(jobs).where(like(jobs.key, `agreement-alert:${id}:%`));
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('alerts its responsible staff member 90 and 30 days before expiry and notice deadline, exactly once, rescheduled when the dates change', async () => {
    const a = expectStatus(
      await t.as('staff', 'POST', '/api/agreements', {
        names: { en: 'MoU on disaster management', ru: 'Меморандум о ЧС' },
        kind: 'mou',
        partyOrganizationIds: [asec.id, eec.id],
        validity: 'automatic_renewal',
        renewalYears: 5,
        entryIntoForce: '2021-02-19',
        expiresOn: inDays(200),
        noticeDays: 60,
        status: 'in_force',
        responsibleUserId: t.users.staff2.id,
        areas: ['disaster management'],
      }),
      201,
    );
    expect(a.noticeDeadline).toBe(inDays(140));
    let pending = (await alertJobs(a.id)).filter((j) => j.status === 'pending');
    expect(pending.map((j) => j.key?.split(':').slice(2).join(':')).sort()).toEqual([`expiry:${inDays(200)}:30`, `expiry:${inDays(200)}:90`, `notice:${inDays(140)}:30`, `notice:${inDays(140)}:90`].sort());
    // The notice deadline moves: its old jobs are cancelled, new ones scheduled; the expiry's stay.
    expectStatus(await t.as('staff', 'PATCH', `/api/agreements/${a.id}`, { noticeDays: 100 }), 200);
    pending = (await alertJobs(a.id)).filter((j) => j.status === 'pending');
    expect(pending).toHaveLength(4);
    expect(pending.some((j) => j.key?.includes(`notice:${inDays(100)}:90`))).toBe(true);
    expect((await alertJobs(a.id)).filter((j) => j.status === 'cancelled')).toHaveLength(2);
    // Run the first alert (notice, 90 days before: due in 10 days) and then everything due later, twice.
    const worker = new JobWorker(t.deps);
    const first = pending.find((j) => j.key?.includes(`notice:${inDays(100)}:90`));
    if (!first) throw new Error('no alert 90 days before the notice deadline');
    await worker.runDue(new Date(first.runAt.getTime() + 1000));
    await worker.runDue(new Date(first.runAt.getTime() + 2000));
    const alerts = () => t.db.select().from(notifications).where(and(eq(notifications.recordId, a.id), eq(notifications.kind, 'liaison.agreement_alert')));
    expect(await alerts()).toHaveLength(1);
    expect((await alerts())[0].userId).toBe(t.users.staff2.id);
    // Saving the agreement again without changing the dates schedules no second alert for the same date.
    expectStatus(await t.as('staff', 'PATCH', `/api/agreements/${a.id}`, { summary: 'Reviewed' }), 200);
    expect((await alertJobs(a.id)).filter((j) => j.key?.includes(`notice:${inDays(100)}:90`) && j.status === 'pending')).toHaveLength(0);
    // Terminated: no more alerts.
    expectStatus(await t.as('staff', 'PATCH', `/api/agreements/${a.id}`, { status: 'terminated' }), 200);
    expect((await alertJobs(a.id)).filter((j) => j.status === 'pending')).toHaveLength(0);
  });

  it('refuses bad input naming the field', async () => {
    const base = { names: { en: 'X' }, kind: 'mou', partyOrganizationIds: [asec.id, eec.id], validity: 'fixed_term', status: 'in_force' };
    expectProblem(await t.as('staff', 'POST', '/api/agreements', { ...base, partyOrganizationIds: [asec.id] }), 400, { field: 'partyOrganizationIds' });
    expectProblem(await t.as('staff', 'POST', '/api/agreements', { ...base, validity: 'automatic_renewal' }), 400, { field: 'renewalYears' });
    expectProblem(await t.as('staff', 'POST', '/api/agreements', { ...base, entryIntoForce: '2020-01-01', expiresOn: '2019-01-01' }), 400, { field: 'expiresOn' });
    expectProblem(await t.as('staff', 'POST', '/api/agreements', { ...base, predecessorId: crypto.randomUUID() }), 400, { field: 'predecessorId' });
    expectProblem(await t.as('liaisonSco', 'POST', '/api/agreements', base), 403);
  });
});

describe('a focal point', () => {
  it('shows as vacant once the person’s post at the organisation has ended, and the lookup puts the vacant one last', async () => {
    const person = expectStatus(
      await t.as('staff', 'POST', '/api/people', { fullName: 'Elena Maketova', classification: 'public', posts: [{ organizationId: eec.id, title: 'Adviser', fromDate: '2021-10-01', toDate: '2024-12-31' }] }),
      201,
    );
    const current = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Ivan Kontaktov', classification: 'public', posts: [{ organizationId: eec.id, title: 'Head of ASEAN desk', fromDate: '2025-01-01' }] }), 201);
    const fp = expectStatus(await t.as('staff', 'POST', '/api/focal-points', { organizationId: eec.id, area: 'SPS measures', personId: person.id, fromDate: '2021-10-01' }), 201);
    expect(fp).toMatchObject({ vacant: true, post: null });
    const ok = expectStatus(await t.as('staff', 'POST', '/api/focal-points', { organizationId: eec.id, area: 'SPS and technical regulations', personId: current.id }), 201);
    expect(ok).toMatchObject({ vacant: false, post: 'Head of ASEAN desk' });
    const lookup = expectStatus(await t.as('staff', 'GET', `/api/focal-points/lookup?organizationId=${eec.id}&area=sps`), 200);
    expect(lookup.items.map((f: Body) => [f.id, f.vacant])).toEqual([
      [ok.id, false],
      [fp.id, true],
    ]);
    expectProblem(await t.as('staff', 'GET', `/api/focal-points/lookup?organizationId=${eec.id}&area=`), 400, { field: 'area' });
    expectProblem(await t.as('staff', 'POST', '/api/focal-points', { organizationId: eec.id, area: 'x', personId: current.id, fromDate: '2025-01-01', toDate: '2024-01-01' }), 400, { field: 'toDate' });
    // Focal points are the mission's by default: the liaison officer does not see them.
    expectProblem(await t.as('liaisonSco', 'GET', `/api/focal-points/${ok.id}`), 404);
  });
});

describe('an event', () => {
  it('appears on the public page and feeds only when public', async () => {
    const pub = expectStatus(
      await t.as('staff', 'POST', '/api/events', { names: { en: 'Russian Film Week', ru: 'Неделя российского кино' }, kind: 'film_week', starts: '2030-12-14', ends: '2030-12-20', venue: 'Jakarta', isPublic: true, budget: { amountMinor: 1800000, currency: 'USD' } }),
      201,
    );
    expect(pub).toMatchObject({ isPublic: true, classification: 'public', starts: '2030-12-14', ends: '2030-12-20', allDay: true, budget: { amountMinor: 1800000, currency: 'USD' } });
    const hidden = expectStatus(await t.as('staff', 'POST', '/api/events', { names: { en: 'Closed planning call' }, kind: 'other', starts: '2030-12-10T15:00', ends: '2030-12-10T16:00' }), 201);
    expect(hidden).toMatchObject({ isPublic: false, classification: 'mission', starts: '2030-12-10T15:00', startsAt: '2030-12-10T08:00:00.000Z' });
    const ru = expectStatus(await t.as('anonymous', 'GET', '/api/public/events?lang=ru'), 200);
    expect(ru.items.map((e: Body) => e.title)).toEqual(['Неделя российского кино']);
    const page = await t.as('anonymous', 'GET', '/public/events?lang=ru');
    expect(page.body).toContain('Неделя российского кино');
    expect(page.body).not.toContain('Closed planning call');
    const ics = await t.as('anonymous', 'GET', '/api/public/events.ics');
    expect(ics.body).toContain('METHOD:PUBLISH');
    expect(ics.body).toContain('Russian Film Week');
    expect(ics.body).not.toContain('Closed planning call');
    expectProblem(await t.as('anonymous', 'GET', `/api/events/${hidden.id}`), 404);
    expectProblem(await t.as('staff', 'POST', '/api/events', { names: { en: 'x' }, kind: 'other', starts: '2030-12-10T15:00', ends: '2030-12-10' }), 400, { field: 'ends' });
    expectProblem(await t.as('staff', 'POST', '/api/events', { names: { en: 'x' }, kind: 'other', starts: '2030-12-10', timeZone: 'Mars/Olympus' }), 400, { field: 'timeZone' });
    expectProblem(await t.as('staff', 'POST', '/api/events', { names: { en: 'x' }, kind: 'other', starts: '2030-12-10', budget: { amountMinor: 1.5, currency: 'USD' } }), 400, { field: 'budget.amountMinor' });
  });
});
