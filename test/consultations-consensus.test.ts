// Consensus consultations: adopted when every party consents, not adopted or lapsed at the deadline.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consultations, jobs, notifications } from '../src/server/db/schema/index.ts';
import { consensusAtDeadline, consensusReached } from '../src/server/modules/consultations/consensus.ts';
import { setPosition } from '../src/server/modules/consultations/positions.usecases.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import type { PositionKind } from '../src/shared/consultations.ts';
import { HOUR, SECOND, at, circulate, createConsultation, defaultBody, later } from './consultations-fixtures.ts';
import { createBody as createBareBody } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { createTestApp, type TestApp, type Who } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());


/** A consensus consultation circulated to Indonesia and Viet Nam (and the SCO Secretariat, which takes no position). */
async function open(overrides: Record<string, unknown> = {}): Promise<Body> {
  const c = await createConsultation(t, {
    title: 'Work plan on food security',
    method: 'consensus',
    deadline: later(48).toISOString(),
    distribution: { parties: ['ID', 'VN'], organizations: [t.sco.id] },
    chairUserIds: [t.users.staff2.id],
    ...overrides,
  });
  return circulate(t, c.id);
}
const positionAt = (who: Who, id: string, input: Record<string, unknown>, now: Date) =>
  setPosition(t.deps, t.ctxOf(who), id, { reservationKind: null, text: null, ...input } as Parameters<typeof setPosition>[3], now);
const consultation = async (id: string) => (await t.db.select().from(consultations).where(eq(consultations.id, id)))[0];
/** The outcome as the head of mission reads it (in English) on the consultation page. */
const outcomeNote = async (id: string): Promise<string> =>
  expectStatus(await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: { cookie: t.users.head.cookie } }), 200).outcomeNote;
const runJobs = (now: Date) => new JobWorker(t.deps).runDue(now);
const jobOf = async (key: string) => (await t.db.select({ status: jobs.status, runAt: jobs.runAt }).from(jobs).where(eq(jobs.key, key)).orderBy(jobs.createdAt)).at(-1);
const kindsFor = async (who: Who, id: string) =>
  (await t.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, t.users[who].id), eq(notifications.recordId, id)))).map((n) => n.kind);
const audited = async (id: string, actions: string[]) =>
  (await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.recordId, id), inArray(auditLog.action, actions)))).map((a) => a.action);

describe('the consensus rules', () => {
  const of = (kinds: Record<string, PositionKind>) => new Map(Object.entries(kinds).map(([p, kind]) => [p, { kind }]));
  it('consent is support, no objection or a reservation from every listed party', () => {
    expect(consensusReached(['ID', 'VN'], of({ ID: 'support', VN: 'reservation' }))).toBe(true);
    expect(consensusReached(['ID', 'VN'], of({ ID: 'support' }))).toBe(false);
    expect(consensusReached(['ID', 'VN'], of({ ID: 'support', VN: 'no_instructions' }))).toBe(false);
    expect(consensusReached([], of({}))).toBe(false);
    expect(consensusAtDeadline(['ID', 'VN'], of({ ID: 'objection', VN: 'support' }))).toBe('not_adopted');
    expect(consensusAtDeadline(['ID', 'VN'], of({ ID: 'amendment', VN: 'support' }))).toBe('lapsed');
    expect(consensusAtDeadline(['ID', 'VN'], of({ ID: 'no_objection', VN: 'support' }))).toBe('adopted');
  });
});

describe('a consensus consultation', () => {
  it('is adopted as soon as every listed party consents, with the reservations attached and a numbered decision', async () => {
    const body = await defaultBody(t);
    const c = await open();
    const first = await positionAt('delegateId', c.id, { kind: 'support' }, new Date());
    expect(first.kind).toBe('support');
    expect((await consultation(c.id)).status).toBe('open');
    const now = new Date();
    await positionAt('delegateVn', c.id, { kind: 'reservation', reservationKind: 'general', text: 'Viet Nam reserves its position on paragraph 4.' }, now);

    const row = await consultation(c.id);
    expect(row).toMatchObject({ status: 'adopted', outcomeAt: now, outcomeVersionId: c.currentVersion.id });
    expect(await outcomeNote(row.id)).toContain('Adopted by consensus');
    expect(await outcomeNote(row.id)).toContain('Viet Nam (general reservation): Viet Nam reserves its position on paragraph 4.');
    expect(row.decisionCode).toMatch(/^CPR-1\/D\d+$/);
    const register = expectStatus(await t.as('delegateId', 'GET', `/api/decisions?bodyId=${body.id}&limit=100`), 200);
    expect(register.items.map((d: Body) => d.code)).toContain(row.decisionCode);
    // The register keeps the facts of the adoption and words them for each reader.
    const decision = register.items.find((d: Body) => d.code === row.decisionCode);
    expect(decision.adoption).toMatchObject({ how: 'consensus', at: now.toISOString(), reservations: [{ party: 'VN', partyName: 'Viet Nam', reservationKind: 'general' }] });
    expect(decision.text).toMatch(/^".+" .*is adopted by consensus as of .+\. Reservations: Viet Nam \(general reservation\): Viet Nam reserves its position on paragraph 4\.$/);
    expectStatus(await t.as('delegateId', 'PUT', '/api/auth/me/preferences', { language: 'ru' }), 200);
    const ru = expectStatus(await t.as('delegateId', 'GET', `/api/decisions/${decision.id}`), 200);
    expectStatus(await t.as('delegateId', 'PUT', '/api/auth/me/preferences', { language: 'en' }), 200);
    expect(ru.text).toMatch(/^«.+».* принят консенсусом по состоянию на .+\. Оговорки: Viet Nam \(общая оговорка\): Viet Nam reserves its position on paragraph 4\.$/);
    expect(ru.text).not.toMatch(/\.\.$/);
    // The deadline no longer decides anything.
    expect(await jobOf(`consultation.deadline:${c.id}`)).toMatchObject({ status: 'cancelled' });
    expect(await jobOf(`consultation.reminder:${c.id}`)).toMatchObject({ status: 'cancelled' });
    await runJobs(at(new Date(c.deadline).getTime() + SECOND));
    expect(await audited(c.id, ['consultation.adopted', 'consultation.lapsed', 'consultation.not_adopted'])).toEqual(['consultation.adopted']);
    for (const who of ['delegateId', 'delegateVn', 'liaisonSco', 'staff2'] as const) expect(await kindsFor(who, c.id), who).toContain('consultations.outcome');
    expectProblem(await t.as('delegateVn', 'PUT', `/api/consultations/${c.id}/positions`, { kind: 'objection', text: 'Too late.' }), 409, { code: 'consultation.decided' });
  });

  it('is not adopted at the deadline when a party objects, with the outcome time the deadline', async () => {
    const c = await open();
    const deadline = new Date(c.deadline);
    await positionAt('delegateId', c.id, { kind: 'support' }, new Date());
    await positionAt('delegateVn', c.id, { kind: 'objection', text: 'Paragraph 2 is unacceptable.' }, new Date());
    expect((await consultation(c.id)).status).toBe('open');
    expect(await jobOf(`consultation.deadline:${c.id}`)).toEqual({ status: 'pending', runAt: deadline });
    await runJobs(at(deadline.getTime() - SECOND));
    expect((await consultation(c.id)).status).toBe('open');
    await runJobs(at(deadline.getTime() + 5 * SECOND));
    const row = await consultation(c.id);
    expect(row).toMatchObject({ status: 'not_adopted', outcomeAt: deadline, decisionId: null });
    expect(await outcomeNote(row.id)).toContain('objection by Viet Nam');
    expect(await audited(c.id, ['consultation.not_adopted'])).toHaveLength(1);
    expect(await kindsFor('delegateId', c.id)).toContain('consultations.outcome');
  });

  it('lapses at the deadline without full consent', async () => {
    const c = await open();
    const deadline = new Date(c.deadline);
    await positionAt('delegateId', c.id, { kind: 'support' }, new Date());
    await positionAt('delegateVn', c.id, { kind: 'no_instructions' }, new Date());
    await runJobs(deadline);
    const row = await consultation(c.id);
    expect(row).toMatchObject({ status: 'lapsed', outcomeAt: deadline });
    expect(await outcomeNote(row.id)).toContain('no consent from Viet Nam');
  });

  it('follows its deadline when the mission moves it', async () => {
    const c = await open();
    const moved = later(72);
    expectStatus(await t.as('staff', 'PATCH', `/api/consultations/${c.id}`, { deadline: moved.toISOString() }), 200);
    expect(await jobOf(`consultation.deadline:${c.id}`)).toEqual({ status: 'pending', runAt: moved });
    expect(await jobOf(`consultation.reminder:${c.id}`)).toEqual({ status: 'pending', runAt: at(moved.getTime() - 24 * HOUR) });
    await runJobs(at(new Date(c.deadline).getTime() + SECOND));
    expect((await consultation(c.id)).status).toBe('open');
    await runJobs(moved);
    expect(await consultation(c.id)).toMatchObject({ status: 'lapsed', outcomeAt: moved });
  });

  it('under a body with no meeting is still adopted, without a number, and the note says so', async () => {
    const bare = await createBareBody(t, { names: { en: 'Working Group without meetings' }, acronym: 'WGX', decisionPrefix: 'WGX' });
    const c = await open({ bodyId: bare.id });
    await positionAt('delegateId', c.id, { kind: 'no_objection' }, new Date());
    await positionAt('delegateVn', c.id, { kind: 'support' }, new Date());
    const row = await consultation(c.id);
    expect(row).toMatchObject({ status: 'adopted', decisionId: null, decisionCode: null });
    expect(await outcomeNote(row.id)).toContain('No decision number was given: the body has no meeting to record it under.');
    const register = expectStatus(await t.as('staff', 'GET', `/api/decisions?bodyId=${bare.id}`), 200);
    expect(register.items).toEqual([]);
  });
});

describe('a comments consultation', () => {
  it('closes at its deadline', async () => {
    const c = await open({ method: 'comments' });
    const deadline = new Date(c.deadline);
    await positionAt('delegateId', c.id, { kind: 'support' }, new Date());
    await positionAt('delegateVn', c.id, { kind: 'support' }, new Date());
    // Full support decides nothing before the deadline: comments are only collected.
    expect((await consultation(c.id)).status).toBe('open');
    await runJobs(deadline);
    expect(await consultation(c.id)).toMatchObject({ status: 'closed', outcomeAt: deadline, decisionId: null });
    expect(await audited(c.id, ['consultation.closed'])).toHaveLength(1);
  });
});

describe('the reminder 24 hours before a deadline', () => {
  it('goes only to the delegations without a position (or without instructions yet), in their own zone', async () => {
    const c = await open({ distribution: { parties: ['ID', 'VN', 'TH'], organizations: [t.sco.id] } });
    const deadline = new Date(c.deadline);
    await positionAt('delegateId', c.id, { kind: 'support' }, new Date());
    await positionAt('delegateVn', c.id, { kind: 'no_instructions' }, new Date());
    await runJobs(at(deadline.getTime() - 24 * HOUR - SECOND));
    expect(await kindsFor('delegateVn', c.id)).not.toContain('consultations.deadline_reminder');
    await runJobs(at(deadline.getTime() - 24 * HOUR + SECOND));
    expect(await kindsFor('delegateVn', c.id)).toContain('consultations.deadline_reminder');
    expect(await kindsFor('delegateId', c.id)).not.toContain('consultations.deadline_reminder');
    expect(await kindsFor('liaisonSco', c.id)).not.toContain('consultations.deadline_reminder');
    expect(await kindsFor('staff2', c.id)).not.toContain('consultations.deadline_reminder');
    const n = expectStatus(await t.as('delegateVn', 'GET', '/api/notifications'), 200).items.find((i: Body) => i.recordId === c.id && i.kind === 'consultations.deadline_reminder');
    expect(n.body).toContain('in Viet Nam (Asia/Ho_Chi_Minh)');
  });

  it('is not planned when the deadline is less than 24 hours away', async () => {
    const c = await open({ deadline: later(10).toISOString() });
    expect(await jobOf(`consultation.deadline:${c.id}`)).toMatchObject({ status: 'pending' });
    expect(await jobOf(`consultation.reminder:${c.id}`)).toBeUndefined();
  });
});

describe('withdrawing a consultation', () => {
  it('cancels its deadline: nothing is decided at the deadline', async () => {
    const c = await open();
    expectProblem(await t.as('liaisonSco', 'POST', `/api/consultations/${c.id}/withdraw`, {}), 403);
    const done = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/withdraw`, {}), 200);
    expect(done).toMatchObject({ status: 'withdrawn', outcomeNote: 'Withdrawn by the mission.' });
    expect(await jobOf(`consultation.deadline:${c.id}`)).toMatchObject({ status: 'cancelled' });
    await runJobs(at(new Date(c.deadline).getTime() + SECOND));
    expect((await consultation(c.id)).status).toBe('withdrawn');
    for (const who of ['delegateId', 'delegateVn', 'liaisonSco', 'staff2'] as const) expect(await kindsFor(who, c.id), who).toContain('consultations.withdrawn');
    expect(await audited(c.id, ['consultation.withdrawn'])).toHaveLength(1);
  });

  it('a draft may be withdrawn too; delegations, who never saw it, hear nothing', async () => {
    const c = await createConsultation(t, { method: 'consensus', distribution: { parties: ['ID'], organizations: [] }, chairUserIds: [t.users.staff2.id] });
    expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/withdraw`, { reason: 'Not needed.' }), 200);
    expect(await kindsFor('delegateId', c.id)).toEqual([]);
    expect(await kindsFor('staff2', c.id)).toContain('consultations.withdrawn');
  });
});
