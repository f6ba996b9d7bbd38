// Silence procedures: launching, extending, withdrawing, breaking and the outcome at expiry, in each delegation's zone.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPosition } from '../src/server/modules/consultations/positions.usecases.ts';
import { SILENCE_LAUNCHED } from '../src/server/modules/consultations/silence.notifications.ts';
import { formatDeadline } from '../src/server/platform/i18n/instants.ts';
import { auditLog, consultations, jobs, mailOutbox, notifications, silenceProcedures } from '../src/server/db/schema/index.ts';
import { addDays, localDate, startOfDay } from '../src/server/platform/calendar/time-zones.ts';
import { AppError } from '../src/server/platform/errors.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { HOUR, SECOND, at, circulate, createConsultation, defaultBody, later, newVersion } from './consultations-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { createTestApp, type TestApp, type Who } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());


/** A silence consultation circulated to Indonesia, Viet Nam, Thailand and the SCO Secretariat, chaired by staff2. */
async function openSilence(overrides: Record<string, unknown> = {}): Promise<string> {
  const c = await createConsultation(t, {
    title: 'Joint statement on connectivity',
    method: 'silence',
    deadline: null,
    distribution: { parties: ['ID', 'VN', 'TH'], organizations: [t.sco.id] },
    chairUserIds: [t.users.staff2.id],
    content: '<p>The Parties <b>welcome</b> the Master Plan on Connectivity.</p>',
    ...overrides,
  });
  await circulate(t, c.id);
  return c.id;
}

const silence = (id: string, body: Record<string, unknown>, who: Who = 'staff') => t.as(who, 'POST', `/api/consultations/${id}/silence`, body);

async function launch(id: string, expiresAt: Date, extra: Record<string, unknown> = {}): Promise<Body> {
  return expectStatus(await silence(id, { action: 'launch', expiresAt: expiresAt.toISOString(), timeZone: 'Asia/Jakarta', ...extra }), 200);
}

/** A position taken at the instant `now` (the API takes the clock's). */
const positionAt = (who: Who, id: string, input: Record<string, unknown>, now: Date) =>
  setPosition(t.deps, t.ctxOf(who), id, { reservationKind: null, text: null, ...input } as Parameters<typeof setPosition>[3], now);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const outcome = await p.then(
    () => null,
    (e) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

const consultation = async (id: string) => (await t.db.select().from(consultations).where(eq(consultations.id, id)))[0];
/** The outcome as the head of mission reads it (in English) on the consultation page. */
const outcomeNote = async (id: string): Promise<string> =>
  expectStatus(await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: { cookie: t.users.head.cookie } }), 200).outcomeNote;
const procedures = (id: string) => t.db.select().from(silenceProcedures).where(eq(silenceProcedures.consultationId, id)).orderBy(silenceProcedures.launchedAt);
const runJobs = (now: Date) => new JobWorker(t.deps).runDue(now);
const jobStatus = async (key: string) => (await t.db.select({ status: jobs.status, runAt: jobs.runAt }).from(jobs).where(eq(jobs.key, key)).orderBy(jobs.createdAt)).at(-1);
const kindsFor = async (who: Who, id: string) =>
  (await t.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, t.users[who].id), eq(notifications.recordId, id)))).map((n) => n.kind);
const auditOf = (recordIds: string[], action: string) =>
  t.db.select().from(auditLog).where(and(inArray(auditLog.recordId, recordIds), eq(auditLog.action, action)));

describe('the expiry in each delegation’s own zone', () => {
  it('is written in the procedure’s zone and, when it differs, the delegation’s, with the date when it is another day there', () => {
    const noonJakarta = new Date('2026-12-04T05:00:00Z');
    expect(formatDeadline(noonJakarta, 'Asia/Jakarta', 'en', { zone: 'Asia/Ho_Chi_Minh', party: 'Viet Nam' })).toBe(
      '12:00 on 4 December 2026 (Asia/Jakarta) — 12:00 in Viet Nam (Asia/Ho_Chi_Minh)',
    );
    expect(formatDeadline(noonJakarta, 'Asia/Jakarta', 'en', { zone: 'Asia/Jakarta', party: 'Indonesia' })).toBe('12:00 on 4 December 2026 (Asia/Jakarta)');
    const earlyJakarta = new Date('2026-12-03T19:00:00Z');
    expect(formatDeadline(earlyJakarta, 'Asia/Jakarta', 'en', { zone: 'Europe/Moscow', party: 'Russian Federation' })).toBe(
      '02:00 on 4 December 2026 (Asia/Jakarta) — 22:00 on 3 December 2026 in Russian Federation (Europe/Moscow)',
    );
    expect(formatDeadline(noonJakarta, 'Asia/Jakarta', 'ru', { zone: 'Asia/Ho_Chi_Minh', party: 'Вьетнам' })).toBe(
      '12:00, 4 декабря 2026 г. (Asia/Jakarta) — Вьетнам: 12:00 (Asia/Ho_Chi_Minh)',
    );
  });
});

describe('launching silence', () => {
  it('tells every delegation on the list in writing, with the text and the expiry in its own zone, and no one else', async () => {
    const id = await openSilence();
    // Noon in Jakarta, two days ahead: a wall-clock time the notice must show exactly.
    const noon = new Date(startOfDay(addDays(localDate(new Date(), 'Asia/Jakarta'), 2), 'Asia/Jakarta').getTime() + 12 * HOUR);
    const c = await launch(id, noon);
    expect(c.silence).toMatchObject({ status: 'running', expiresAt: noon.toISOString(), timeZone: 'Asia/Jakarta', versionNumber: 1, deadlines: [], launchedBy: t.users.staff.id });
    expect(c.closesAt).toBe(noon.toISOString());
    const [p] = await procedures(id);
    expect(await jobStatus(`consultation.silence:${p.id}`)).toEqual({ status: 'pending', runAt: noon });
    expect(await jobStatus(`consultation.silence_reminder:${p.id}`)).toEqual({ status: 'pending', runAt: at(noon.getTime() - 24 * HOUR) });

    const vn = expectStatus(await t.as('delegateVn', 'GET', '/api/notifications'), 200).items.find((n: Body) => n.recordId === id && n.kind === SILENCE_LAUNCHED.kind);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(noon);
    expect(vn.body).toContain(`12:00 on ${day} (Asia/Jakarta) — 12:00 in Viet Nam (Asia/Ho_Chi_Minh)`);
    expect(vn.body).toContain('The Parties welcome the Master Plan on Connectivity.');
    expect(vn.path).toBe(`/consultations/${id}`);
    const id_ = expectStatus(await t.as('delegateId', 'GET', '/api/notifications'), 200).items.find((n: Body) => n.recordId === id && n.kind === SILENCE_LAUNCHED.kind);
    expect(id_.body).toContain(`12:00 on ${day} (Asia/Jakarta).`);
    expect(id_.body).not.toContain('Asia/Ho_Chi_Minh');
    // In writing: an e-mail too.
    const [mail] = await t.db.select().from(mailOutbox).where(and(eq(mailOutbox.userId, t.users.delegateVn.id), eq(mailOutbox.subject, vn.title)));
    expect(mail.textBody).toContain('12:00 in Viet Nam (Asia/Ho_Chi_Minh)');
    expect(await kindsFor('liaisonSco', id)).toContain(SILENCE_LAUNCHED.kind);
    expect(await kindsFor('staff2', id)).toContain(SILENCE_LAUNCHED.kind);
    // The chair who launched it is not told of their own act.
    expect(await kindsFor('staff', id)).not.toContain(SILENCE_LAUNCHED.kind);
    expect(await auditOf([p.id], 'silence_procedure.launch')).toHaveLength(1);

    // A delegation not on the list hears nothing.
    const onlyId = await openSilence({ distribution: { parties: ['ID'], organizations: [] } });
    await launch(onlyId, later(30));
    expect(await kindsFor('delegateVn', onlyId)).toEqual([]);
    expect(await kindsFor('liaisonSco', onlyId)).toEqual([]);
    expect(await kindsFor('delegateId', onlyId)).toContain(SILENCE_LAUNCHED.kind);
  });

  it('is refused with the field named: expiry in the past, unknown zone, a draft version', async () => {
    const id = await openSilence();
    expectProblem(await silence(id, { action: 'launch', expiresAt: new Date(Date.now() - 60_000).toISOString(), timeZone: 'Asia/Jakarta' }), 400, { field: 'expiresAt' });
    expectProblem(await silence(id, { action: 'launch', expiresAt: later(5).toISOString(), timeZone: 'Mars/Olympus_Mons' }), 400, { code: 'silence.unknown_time_zone', field: 'timeZone' });
    const draft = await newVersion(t, id, '<p>Revised</p>');
    expectProblem(await silence(id, { action: 'launch', versionId: draft.id, expiresAt: later(5).toISOString() }), 400, { code: 'silence.unknown_version', field: 'versionId' });
    expect(await procedures(id)).toHaveLength(0);
  });

  it('is refused on a consultation not by silence, on a draft, and while a procedure runs', async () => {
    const consensus = await createConsultation(t, { method: 'consensus', distribution: { parties: ['ID'], organizations: [] } });
    await circulate(t, consensus.id);
    expectProblem(await silence(consensus.id, { action: 'launch', expiresAt: later(5).toISOString() }), 409, { code: 'silence.wrong_method' });
    const draft = await createConsultation(t, { method: 'silence', deadline: null });
    expectProblem(await silence(draft.id, { action: 'launch', expiresAt: later(5).toISOString() }), 409, { code: 'consultation.not_open' });
    const id = await openSilence();
    await launch(id, later(5));
    expectProblem(await silence(id, { action: 'launch', expiresAt: later(6).toISOString() }), 409, { code: 'silence.already_running' });
    expect(await procedures(id)).toHaveLength(1);
  });

  it('is the mission’s: a delegate on the list gets 403, a delegate not on it 404', async () => {
    const id = await openSilence({ distribution: { parties: ['ID'], organizations: [t.sco.id] } });
    const body = { action: 'launch', expiresAt: later(5).toISOString() };
    expectProblem(await silence(id, body, 'delegateId'), 403, { code: 'consultation.write_forbidden' });
    expectProblem(await silence(id, body, 'liaisonSco'), 403);
    expectProblem(await silence(id, body, 'delegateVn'), 404, { code: 'consultation.not_found' });
    expectProblem(await silence(id, body, 'anonymous'), 401);
    expect(await procedures(id)).toHaveLength(0);
  });
});

describe('breaking silence', () => {
  it('an objection one second before the expiry ends the procedure at once: not adopted, silence broken by Indonesia', async () => {
    const id = await openSilence();
    const T = later(30);
    await launch(id, T);
    const [p] = await procedures(id);
    const position = await positionAt('delegateId', id, { kind: 'objection', text: 'Paragraph 3 is not acceptable.' }, at(T.getTime() - SECOND));
    expect(position).toMatchObject({ partyCode: 'ID', kind: 'objection', brokeSilence: true, current: true });

    const c = await consultation(id);
    expect(c).toMatchObject({ status: 'not_adopted', outcomeAt: at(T.getTime() - SECOND), outcomeVersionId: p.versionId, decisionId: null });
    expect(await outcomeNote(c.id)).toMatch(/^Silence broken by Indonesia \(objection\) at \d\d:\d\d:59 on .+ \(Asia\/Jakarta\)\.$/);
    const [broken] = await procedures(id);
    expect(broken).toMatchObject({ status: 'broken', brokenByParty: 'ID', brokenByPositionId: position.id, outcomeAt: at(T.getTime() - SECOND) });
    // Stored as facts, told to each reader in their own language.
    expect(c.outcome).toEqual({ kind: 'silence_broken', at: at(T.getTime() - SECOND).toISOString(), zone: 'Asia/Jakarta', party: 'ID', positionKind: 'objection' });
    expectStatus(await t.as('staff2', 'PUT', '/api/auth/me/preferences', { language: 'ru' }), 200);
    const ru = expectStatus(await t.as('staff2', 'GET', `/api/consultations/${id}`), 200);
    expectStatus(await t.as('staff2', 'PUT', '/api/auth/me/preferences', { language: 'en' }), 200);
    expect(ru.outcome).toEqual(c.outcome);
    expect(ru.outcomeNote).toMatch(/^Молчание нарушено: Indonesia \(возражение\), \d\d:\d\d:59, \d+ [а-я]+ \d{4} г\. \(Asia\/Jakarta\)\.$/);
    expect(await jobStatus(`consultation.silence:${p.id}`)).toMatchObject({ status: 'cancelled' });
    expect(await jobStatus(`consultation.silence_reminder:${p.id}`)).toMatchObject({ status: 'cancelled' });

    // Nothing is adopted at the old expiry, and nothing more is taken.
    await runJobs(at(T.getTime() + SECOND));
    expect((await consultation(id)).status).toBe('not_adopted');
    expect((await refusal(positionAt('delegateVn', id, { kind: 'support' }, at(T.getTime() - 500)))).code).toBe('consultation.decided');

    // Everyone on the list gets the outcome in writing, the delegation that broke silence included.
    for (const who of ['delegateVn', 'delegateId', 'liaisonSco', 'staff2', 'staff'] as const) expect(await kindsFor(who, id), who).toContain('consultations.silence_broken');
    const vn = expectStatus(await t.as('delegateVn', 'GET', '/api/notifications'), 200).items.find((n: Body) => n.recordId === id && n.kind === 'consultations.silence_broken');
    expect(vn.body).toContain('Indonesia broke silence (objection)');
    expect(await auditOf([p.id], 'silence_procedure.break')).toHaveLength(1);
    expect(await auditOf([id], 'consultation.not_adopted')).toHaveLength(1);
    expect(await auditOf([position.id], 'consultation_position.create')).toHaveLength(1);

    const got = expectStatus(await t.as('delegateVn', 'GET', `/api/consultations/${id}`), 200);
    expect(got).toMatchObject({ status: 'not_adopted', silence: { status: 'broken', brokenByParty: 'ID' }, closesAt: null });
  });

  it('a position one second after the expiry is refused before the job has run, and the job adopts as of the expiry', async () => {
    const body = await defaultBody(t);
    const id = await openSilence({ reference: 'CPR/2026/7' });
    const T = later(30);
    await launch(id, T);
    const [p] = await procedures(id);

    const late = await refusal(positionAt('delegateId', id, { kind: 'objection', text: 'Too late?' }, at(T.getTime() + SECOND)));
    expect(late).toMatchObject({ status: 409, code: 'position.closed' });
    expect(late.detail).toContain(T.toISOString());
    expect((await consultation(id)).status).toBe('open');

    await runJobs(at(T.getTime() + SECOND));
    const c = await consultation(id);
    expect(c).toMatchObject({ status: 'adopted', outcomeAt: T, outcomeVersionId: p.versionId });
    expect(c.decisionCode).toMatch(/^CPR-1\/D\d+$/);
    expect(await outcomeNote(c.id)).toContain('Adopted by silence procedure');
    expect(await outcomeNote(c.id)).toContain('No reservations');
    expect((await procedures(id))[0]).toMatchObject({ status: 'adopted', outcomeAt: T });

    // The decision is in the body's register, numbered, with the consultation as its source.
    const register = expectStatus(await t.as('staff', 'GET', `/api/decisions?bodyId=${body.id}&limit=100`), 200);
    const decision = register.items.find((d: Body) => d.id === c.decisionId);
    expect(decision).toMatchObject({ code: c.decisionCode });
    expect(decision.text).toContain('CPR/2026/7');

    for (const who of ['delegateId', 'delegateVn', 'liaisonSco', 'staff2', 'staff'] as const) expect(await kindsFor(who, id), who).toContain('consultations.outcome');
    const adopted = await auditOf([id], 'consultation.adopted');
    expect(adopted).toHaveLength(1);
    expect(adopted[0].actorLabel).toBe('consultations');
    expect(await auditOf([p.id], 'silence_procedure.adopt')).toHaveLength(1);

    // Running the job again, or a late position, changes nothing.
    await runJobs(at(T.getTime() + HOUR));
    expect((await refusal(positionAt('delegateVn', id, { kind: 'support' }, at(T.getTime() + 2 * SECOND)))).code).toBe('consultation.decided');
    expect(await auditOf([id], 'consultation.adopted')).toHaveLength(1);
  });

  it('a reservation does not break silence; it is attached to the adopted text', async () => {
    const id = await openSilence();
    const T = later(30);
    await launch(id, T);
    const position = await positionAt('delegateVn', id, { kind: 'reservation', reservationKind: 'scrutiny', text: 'Subject to parliamentary scrutiny.' }, at(T.getTime() - HOUR));
    expect(position.brokeSilence).toBe(false);
    expect((await consultation(id)).status).toBe('open');
    expect((await procedures(id))[0].status).toBe('running');

    await runJobs(T);
    const c = await consultation(id);
    expect(c.status).toBe('adopted');
    expect(await outcomeNote(c.id)).toContain('Reservations attached: Viet Nam (scrutiny reservation): Subject to parliamentary scrutiny.');
    const positions = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${id}/positions`), 200);
    expect(positions.parties.find((r: Body) => r.partyCode === 'VN').current).toMatchObject({ kind: 'reservation', reservationKind: 'scrutiny', text: 'Subject to parliamentary scrutiny.' });
    const decision = expectStatus(await t.as('staff', 'GET', `/api/decisions/${c.decisionId}`), 200);
    expect(decision.text).toContain('Viet Nam (scrutiny reservation)');
  });

  it('an amendment after an extension breaks silence although the first expiry has passed', async () => {
    const id = await openSilence();
    const T1 = later(30);
    const T2 = later(54);
    await launch(id, T1);
    const [p] = await procedures(id);
    const extended = expectStatus(await silence(id, { action: 'extend', expiresAt: T2.toISOString(), reason: 'Capitals need more time.' }), 200);
    expect(extended.silence).toMatchObject({ expiresAt: T2.toISOString(), deadlines: [{ expiresAt: T1.toISOString(), changedBy: t.users.staff.id, reason: 'Capitals need more time.' }] });
    expect(await jobStatus(`consultation.silence:${p.id}`)).toEqual({ status: 'pending', runAt: T2 });
    expect(await jobStatus(`consultation.silence_reminder:${p.id}`)).toEqual({ status: 'pending', runAt: at(T2.getTime() - 24 * HOUR) });

    // The job no longer runs at the first expiry.
    await runJobs(at(T1.getTime() + SECOND));
    expect((await consultation(id)).status).toBe('open');
    const amendment = await positionAt('delegateVn', id, { kind: 'amendment', text: 'Replace "welcome" by "note".' }, at(T1.getTime() + 60 * SECOND));
    expect(amendment.brokeSilence).toBe(true);
    expect(await consultation(id)).toMatchObject({ status: 'not_adopted', outcomeAt: at(T1.getTime() + 60 * SECOND) });
    expect(await outcomeNote(id)).toContain('Silence broken by Viet Nam (amendment)');

    const vn = expectStatus(await t.as('delegateId', 'GET', '/api/notifications'), 200).items.find((n: Body) => n.recordId === id && n.kind === 'consultations.silence_extended');
    expect(vn.body).toContain('Capitals need more time.');
    expect(await auditOf([p.id], 'silence_procedure.extend')).toHaveLength(1);

    const timeline = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${id}/timeline`), 200);
    expect(timeline.items.map((i: Body) => i.kind)).toEqual(['created', 'circulated', 'silence_launched', 'silence_extended', 'position', 'silence_broken', 'not_adopted']);
    expect(timeline.items[3]).toMatchObject({ detail: { from: T1.toISOString(), to: T2.toISOString(), reason: 'Capitals need more time.' }, actorLabel: t.users.staff.displayName });
    expect(timeline.items[5]).toMatchObject({ partyCode: 'VN' });
  });

  it('an expiry job that finds the expiry moved later adopts nothing and runs again at the new expiry', async () => {
    const id = await openSilence();
    const T = later(30);
    await launch(id, T);
    const [p] = await procedures(id);
    // As if the job had been claimed at an earlier instant than the procedure now expires.
    const early = at(T.getTime() - HOUR);
    await t.db.update(jobs).set({ runAt: early }).where(and(eq(jobs.key, `consultation.silence:${p.id}`), eq(jobs.status, 'pending')));
    await runJobs(early);
    expect((await consultation(id)).status).toBe('open');
    expect(await jobStatus(`consultation.silence:${p.id}`)).toEqual({ status: 'pending', runAt: T });
    await runJobs(T);
    expect(await consultation(id)).toMatchObject({ status: 'adopted', outcomeAt: T });
  });

  it('extension and withdrawal are refused with no running procedure, and an extension must end later and in the future', async () => {
    const id = await openSilence();
    expectProblem(await silence(id, { action: 'extend', expiresAt: later(40).toISOString() }), 409, { code: 'silence.not_running' });
    expectProblem(await silence(id, { action: 'withdraw' }), 409, { code: 'silence.not_running' });
    const T = later(30);
    await launch(id, T);
    expectProblem(await silence(id, { action: 'extend', expiresAt: later(20).toISOString() }), 400, { code: 'silence.expiry_not_later', field: 'expiresAt' });
    expectProblem(await silence(id, { action: 'extend', expiresAt: later(40).toISOString() }, 'delegateId'), 403);
    expect((await procedures(id))[0]).toMatchObject({ expiresAt: T, deadlines: [] });
  });
});

describe('withdrawing', () => {
  it('a withdrawn procedure adopts nothing at its expiry; positions continue and a new procedure may be launched on a revised text', async () => {
    const id = await openSilence();
    const T = later(30);
    await launch(id, T);
    const [p] = await procedures(id);
    const after = expectStatus(await silence(id, { action: 'withdraw', reason: 'A revised text will follow.' }), 200);
    expect(after).toMatchObject({ status: 'open', silence: { status: 'withdrawn', withdrawnReason: 'A revised text will follow.' }, closesAt: null });
    expect(await jobStatus(`consultation.silence:${p.id}`)).toMatchObject({ status: 'cancelled' });
    await runJobs(at(T.getTime() + SECOND));
    expect((await consultation(id)).status).toBe('open');
    for (const who of ['delegateId', 'delegateVn', 'liaisonSco', 'staff2'] as const) expect(await kindsFor(who, id), who).toContain('consultations.silence_withdrawn');
    expect(await auditOf([p.id], 'silence_procedure.withdraw')).toHaveLength(1);

    // An objection now breaks nothing: no procedure is running.
    const objection = await positionAt('delegateId', id, { kind: 'objection', text: 'Not yet.' }, at(T.getTime() + HOUR));
    expect(objection.brokeSilence).toBe(false);
    expect((await consultation(id)).status).toBe('open');

    await newVersion(t, id, '<p>The Parties note the Master Plan.</p>');
    await circulate(t, id);
    const relaunched = await launch(id, later(60));
    expect(relaunched.silence).toMatchObject({ status: 'running', versionNumber: 2 });
    const timeline = expectStatus(await t.as('staff', 'GET', `/api/consultations/${id}/timeline`), 200);
    const kinds = timeline.items.map((i: Body) => i.kind);
    expect(kinds.filter((k: string) => k === 'silence_launched')).toHaveLength(2);
    expect(kinds).toContain('silence_withdrawn');
  });

  it('withdrawing the consultation withdraws its running procedure; a decided one cannot be withdrawn', async () => {
    const id = await openSilence();
    const T = later(30);
    await launch(id, T);
    const [p] = await procedures(id);
    expectProblem(await t.as('delegateId', 'POST', `/api/consultations/${id}/withdraw`, { reason: 'No.' }), 403);
    const withdrawn = expectStatus(await t.as('staff', 'POST', `/api/consultations/${id}/withdraw`, { reason: 'Overtaken by events.' }), 200);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', silence: { status: 'withdrawn' }, outcomeNote: 'Withdrawn by the mission: Overtaken by events.' });
    expect(await jobStatus(`consultation.silence:${p.id}`)).toMatchObject({ status: 'cancelled' });
    await runJobs(at(T.getTime() + SECOND));
    expect((await consultation(id)).status).toBe('withdrawn');
    expect(await kindsFor('delegateVn', id)).toContain('consultations.withdrawn');
    expect(await auditOf([id], 'consultation.withdrawn')).toHaveLength(1);
    expectProblem(await t.as('staff', 'POST', `/api/consultations/${id}/withdraw`, {}), 409, { code: 'consultation.decided' });
    expect((await refusal(positionAt('delegateId', id, { kind: 'support' }, new Date()))).code).toBe('consultation.decided');
    const timeline = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${id}/timeline`), 200);
    expect(timeline.items.at(-1)).toMatchObject({ kind: 'withdrawn', actorLabel: t.users.staff.displayName });
  });
});

describe('the reminder before the expiry', () => {
  it('goes 24 hours before, only to the delegations without a position, with the expiry in their own zone', async () => {
    const id = await openSilence();
    const T = later(50);
    await launch(id, T);
    await positionAt('delegateId', id, { kind: 'no_objection' }, new Date());
    expect(await runJobs(at(T.getTime() - 24 * HOUR - SECOND))).toBeGreaterThanOrEqual(0);
    expect(await kindsFor('delegateVn', id)).not.toContain('consultations.deadline_reminder');
    await runJobs(at(T.getTime() - 24 * HOUR + SECOND));
    expect(await kindsFor('delegateVn', id)).toContain('consultations.deadline_reminder');
    expect(await kindsFor('delegateId', id)).not.toContain('consultations.deadline_reminder');
    expect(await kindsFor('liaisonSco', id)).not.toContain('consultations.deadline_reminder');
    const vn = expectStatus(await t.as('delegateVn', 'GET', '/api/notifications'), 200).items.find((n: Body) => n.recordId === id && n.kind === 'consultations.deadline_reminder');
    expect(vn.body).toContain('(Asia/Ho_Chi_Minh)');
  });
});
