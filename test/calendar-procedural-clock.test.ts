// The procedural clock on the calendar: consultation deadlines and silence expiries, each kind filterable, in the reader's language, only for those on the distribution.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/server/db/schema/index.ts';
import { circulate, createConsultation, later } from './consultations-fixtures.ts';
import { type Body, expectStatus } from './support/http.ts';
import { parseIcs } from './support/ics.ts';
import { createTestApp, type TestApp, type Who } from './support/test-app.ts';

let t: TestApp;
let commentsId: string;
let silenceId: string;
const deadline = later(24 * 10);
const expiry = later(24 * 12);
const window = () => `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 40 * 86_400_000).toISOString()}`;
const list = async (who: Who, query = '') => expectStatus<Body>(await t.as(who, 'GET', `/api/calendar?${window()}${query}`), 200).items as Body[];
const ofConsultation = (items: Body[], id: string) => items.filter((i) => i.recordId === id);

beforeAll(async () => {
  t = await createTestApp();
  const comments = await createConsultation(t, {
    title: 'Draft work plan on disaster management',
    titleRu: 'Проект плана работы по предотвращению бедствий',
    method: 'comments',
    deadline: deadline.toISOString(),
    distribution: { parties: ['ID'], organizations: [] },
  });
  commentsId = comments.id;
  await circulate(t, commentsId);
  const silence = await createConsultation(t, {
    title: 'Joint statement on connectivity',
    method: 'silence',
    deadline: null,
    distribution: { parties: ['ID', 'VN'], organizations: [] },
  });
  silenceId = silence.id;
  await circulate(t, silenceId);
  expectStatus(await t.as('staff', 'POST', `/api/consultations/${silenceId}/silence`, { action: 'launch', expiresAt: expiry.toISOString(), timeZone: 'Asia/Jakarta' }), 200);
});
afterAll(async () => t?.close());

describe('the procedural clock on the calendar', () => {
  it("puts a consultation's deadline and a silence procedure's exact end, in its zone, on the calendar, linking back", async () => {
    const items = await list('staff');
    expect(ofConsultation(items, commentsId)).toEqual([
      expect.objectContaining({ kind: 'consultation_deadline', module: 'consultations', title: 'Deadline: Draft work plan on disaster management', startsAt: deadline.toISOString(), url: `/consultations/${commentsId}` }),
    ]);
    expect(ofConsultation(items, silenceId)).toEqual([
      expect.objectContaining({ kind: 'silence_expiry', title: 'Silence procedure ends: Joint statement on connectivity', startsAt: expiry.toISOString(), timeZone: 'Asia/Jakarta', allDay: false }),
    ]);
  });

  it('filters by kind', async () => {
    const silences = await list('staff', '&kinds=silence_expiry');
    expect(silences.every((i) => i.kind === 'silence_expiry')).toBe(true);
    expect(ofConsultation(silences, silenceId)).toHaveLength(1);
    expect(ofConsultation(silences, commentsId)).toHaveLength(0);
  });

  it('shows each item only to those on its distribution', async () => {
    expect(ofConsultation(await list('delegateId'), commentsId)).toHaveLength(1);
    expect(ofConsultation(await list('delegateVn'), commentsId)).toHaveLength(0);
    expect(ofConsultation(await list('delegateVn'), silenceId)).toHaveLength(1);
    expect(ofConsultation(await list('liaisonSco'), silenceId)).toHaveLength(0);
  });

  it('words the titles in the reader’s language, in the list and in the personal feed', async () => {
    const ru = await list('staff', '&language=ru');
    expect(ofConsultation(ru, commentsId)[0]?.title).toBe('Срок: Проект плана работы по предотвращению бедствий');
    await t.db.update(users).set({ language: 'ru' }).where(eq(users.id, t.users.delegateId.id));
    const feed = expectStatus<Body>(await t.as('delegateId', 'POST', '/api/calendar/feed'), 201);
    const res = await t.app.inject({ method: 'GET', url: new URL(feed.url).pathname });
    expect(res.statusCode).toBe(200);
    const ics = parseIcs(res.body);
    const summaries = ics.events.map((e) => e.summary);
    expect(summaries).toContain('Срок: Проект плана работы по предотвращению бедствий');
    expect(summaries).toContain('Истекает процедура умолчания: Joint statement on connectivity');
  });

  it('takes the deadline off the calendar once the consultation is withdrawn', async () => {
    expectStatus(await t.as('staff', 'POST', `/api/consultations/${commentsId}/withdraw`, { reason: 'Overtaken by events' }), 200);
    const items = await list('staff', '&cancelled=exclude');
    expect(ofConsultation(items, commentsId)).toHaveLength(0);
  });
});
