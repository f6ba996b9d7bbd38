// Who sets a delegation's position, and what the others may see of it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consultationPositions, notifications } from '../src/server/db/schema/index.ts';
import { setPosition } from '../src/server/modules/consultations/positions.usecases.ts';
import { AppError } from '../src/server/platform/errors.ts';
import { circulate, createConsultation } from './consultations-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { createTestApp, type TestApp, type Who } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** A comments consultation circulated to Indonesia, Viet Nam and the SCO Secretariat, chaired by staff2. */
async function open(overrides: Record<string, unknown> = {}): Promise<Body> {
  const c = await createConsultation(t, { distribution: { parties: ['ID', 'VN'], organizations: [t.sco.id] }, chairUserIds: [t.users.staff2.id], ...overrides });
  return circulate(t, c.id);
}
const put = (who: Who, id: string, body: Record<string, unknown>) => t.as(who, 'PUT', `/api/consultations/${id}/positions`, body);
const panel = (who: Who, id: string) => t.as(who, 'GET', `/api/consultations/${id}/positions`);
const rowsOf = (id: string) => t.db.select().from(consultationPositions).where(eq(consultationPositions.consultationId, id));

describe('who sets a delegation’s position', () => {
  it('a delegate sets their own party’s; their user is recorded, the chair is told, and it is audited', async () => {
    const c = await open();
    const p = expectStatus(await put('delegateId', c.id, { kind: 'support' }), 200);
    expect(p).toMatchObject({ partyCode: 'ID', kind: 'support', versionId: c.currentVersion.id, versionNumber: 1, recordedByLabel: t.users.delegateId.displayName, current: true, brokeSilence: false });
    const [row] = await rowsOf(c.id);
    expect(row).toMatchObject({ recordedBy: t.users.delegateId.id, procedureId: null });
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, t.users.staff2.id), eq(notifications.kind, 'consultations.position_recorded')));
    expect(told.map((n) => n.recordId)).toContain(c.id);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.recordId, p.id), eq(auditLog.action, 'consultation_position.create')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: t.users.delegateId.id, changes: { partyCode: { after: 'ID' }, kind: { after: 'support' } } });
  });

  it('a delegate naming another party gets 403 that reveals nothing of that party’s position', async () => {
    const c = await open();
    expectStatus(await put('delegateVn', c.id, { kind: 'objection', text: 'A confidential reason.' }), 200);
    const res = await put('delegateId', c.id, { kind: 'no_objection', partyCode: 'VN' });
    const problem = expectProblem(res, 403, { code: 'position.own_party_only' });
    expect(JSON.stringify(problem)).not.toMatch(/objection|confidential|Viet Nam/i);
    expect((await rowsOf(c.id)).filter((r) => r.partyCode === 'VN').map((r) => r.kind)).toEqual(['objection']);
  });

  it('a delegate whose party is not on the list cannot see the consultation at all: 404 for reading and writing', async () => {
    const c = await open({ distribution: { parties: ['ID'], organizations: [] } });
    const put404 = expectProblem(await put('delegateVn', c.id, { kind: 'support' }), 404, { code: 'consultation.not_found' });
    const unknown = expectProblem(await put('delegateVn', '00000000-0000-4000-8000-000000000000', { kind: 'support' }), 404);
    expect(put404.detail).toBe(unknown.detail);
    expectProblem(await panel('delegateVn', c.id), 404);
    expectProblem(await t.as('delegateVn', 'GET', `/api/consultations/${c.id}/timeline`), 404);
    expect(await rowsOf(c.id)).toHaveLength(0);
  });

  it('a liaison officer reads but takes no position; an anonymous caller must sign in', async () => {
    const c = await open();
    expectProblem(await put('liaisonSco', c.id, { kind: 'support' }), 403, { code: 'position.not_a_party' });
    expectStatus(await panel('liaisonSco', c.id), 200);
    expectProblem(await put('anonymous', c.id, { kind: 'support' }), 401);
  });

  it('the mission records a position on a listed party’s behalf, naming the party', async () => {
    const c = await open();
    expectProblem(await put('staff', c.id, { kind: 'support' }), 400, { code: 'position.party_required', field: 'partyCode' });
    expectProblem(await put('staff', c.id, { kind: 'support', partyCode: 'TH' }), 400, { code: 'position.party_not_listed', field: 'partyCode' });
    const p = expectStatus(await put('staff', c.id, { kind: 'no_objection', partyCode: 'VN' }), 200);
    expect(p).toMatchObject({ partyCode: 'VN', kind: 'no_objection', recordedByLabel: t.users.staff.displayName, recordedByMission: true });
  });
});

describe('when a position is taken', () => {
  it('only while open: a draft and a position after the deadline are refused with 409 naming the closing instant', async () => {
    const draft = await createConsultation(t, { distribution: { parties: ['ID'], organizations: [] } });
    expectProblem(await put('staff', draft.id, { kind: 'support', partyCode: 'ID' }), 409, { code: 'consultation.not_open' });
    const c = await open();
    const deadline = new Date(c.deadline);
    const late = await setPosition(t.deps, t.ctxOf('delegateId'), c.id, { kind: 'support', reservationKind: null, text: null }, new Date(deadline.getTime() + 1000)).then(
      () => null,
      (e) => e,
    );
    expect(late).toBeInstanceOf(AppError);
    expect(late).toMatchObject({ status: 409, code: 'position.closed' });
    expect(late.detail).toContain(deadline.toISOString());
    expect(await rowsOf(c.id)).toHaveLength(0);
  });

  it('on a circulated version of this consultation: a draft version or another consultation’s is refused naming versionId', async () => {
    const c = await open();
    const other = await open();
    expectProblem(await put('delegateId', c.id, { kind: 'support', versionId: other.currentVersion.id }), 400, { code: 'position.unknown_version', field: 'versionId' });
    const draft = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/versions`, { content: '<p>v2</p>' }), 201);
    expectProblem(await put('delegateId', c.id, { kind: 'support', versionId: draft.id }), 400, { field: 'versionId' });
    expectStatus(await put('delegateId', c.id, { kind: 'support', versionId: c.currentVersion.id }), 200);
  });

  it('reservations, objections and amendments need their text', async () => {
    const c = await open();
    expectProblem(await put('delegateId', c.id, { kind: 'reservation', reservationKind: 'general' }), 400, { field: 'text' });
    expectProblem(await put('delegateId', c.id, { kind: 'objection' }), 400, { field: 'text' });
    expectProblem(await put('delegateId', c.id, { kind: 'amendment' }), 400, { field: 'text' });
  });
});

describe('the positions panel', () => {
  it('shows one row per listed party and the whole history; setting the same position again keeps both', async () => {
    const c = await open();
    expectStatus(await put('delegateId', c.id, { kind: 'no_instructions' }), 200);
    const first = expectStatus(await put('delegateId', c.id, { kind: 'support' }), 200);
    const second = expectStatus(await put('delegateId', c.id, { kind: 'support' }), 200);
    expectStatus(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/versions/${c.currentVersion.id}/acknowledge`), 200);
    const res = expectStatus(await panel('delegateVn', c.id), 200);
    expect(res.parties).toEqual([
      { partyCode: 'ID', hidden: false, current: expect.objectContaining({ id: second.id, kind: 'support', current: true }), acknowledgedAt: expect.any(String) },
      { partyCode: 'VN', hidden: false, current: null, acknowledgedAt: null },
    ]);
    expect(res.history.map((h: Body) => [h.kind, h.current])).toEqual([
      ['support', true],
      ['support', false],
      ['no_instructions', false],
    ]);
    expect(res.history[1].id).toBe(first.id);
  });

  it('under mission-only visibility a delegate sees only their own party’s positions, a liaison officer none, the mission all', async () => {
    const c = await open({ positionsVisibility: 'mission' });
    expectStatus(await put('delegateId', c.id, { kind: 'support' }), 200);
    expectStatus(await put('delegateVn', c.id, { kind: 'objection', text: 'Not acceptable.' }), 200);
    expectStatus(await t.as('delegateVn', 'POST', `/api/consultations/${c.id}/versions/${c.currentVersion.id}/acknowledge`), 200);

    const id = expectStatus(await panel('delegateId', c.id), 200);
    expect(id.parties).toEqual([
      expect.objectContaining({ partyCode: 'ID', hidden: false, current: expect.objectContaining({ kind: 'support' }) }),
      { partyCode: 'VN', hidden: true, current: null, acknowledgedAt: null },
    ]);
    expect(id.history.map((h: Body) => h.partyCode)).toEqual(['ID']);
    const sco = expectStatus(await panel('liaisonSco', c.id), 200);
    expect(sco.parties.every((p: Body) => p.hidden && p.current === null)).toBe(true);
    expect(sco.history).toEqual([]);
    const staff = expectStatus(await panel('staff', c.id), 200);
    expect(staff.parties.map((p: Body) => p.current?.kind)).toEqual(['support', 'objection']);
    expect(staff.parties[1].acknowledgedAt).not.toBeNull();

    const timeline = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${c.id}/timeline`), 200);
    expect(timeline.items.filter((i: Body) => i.kind === 'position' || i.kind === 'acknowledged').map((i: Body) => i.partyCode)).toEqual(['ID']);
    const full = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/timeline`), 200);
    expect(full.items.filter((i: Body) => i.kind === 'position').map((i: Body) => [i.partyCode, i.detail.kind])).toEqual([
      ['ID', 'support'],
      ['VN', 'objection'],
    ]);
  });
});
