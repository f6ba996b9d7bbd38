// The numbering service: consecutive numbers per series and year, none lost to a rollback, cancelled ones kept, decisions carried over.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/server/db/migrate.ts';
import { auditLog, decisions, numberCounters } from '../src/server/db/schema/index.ts';
import { type SeriesSpec, allocateNumber, cancelNumber, configureSeries, numbersOfRecord, seriesRegister } from '../src/server/platform/records/numbering.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const notes = (scope: string): SeriesSpec => ({ key: `note_verbale:${scope}`, format: 'No. {n}/ASEAN/{yyyy}', perYear: true, timeZone: 'Asia/Jakarta' });
const allocate = (series: SeriesSpec, at?: Date) =>
  t.db.transaction((tx) => allocateNumber(tx, t.ctxOf('staff'), { series, record: { type: 'note_verbale', id: randomUUID() }, ...(at ? { at } : {}) }));

describe('the numbering service', () => {
  it('numbers a series 1, 2, 3 … in its format and keeps each number with its record', async () => {
    const series = notes('first');
    const at = new Date('2026-03-02T03:00:00Z');
    const first = await allocate(series, at);
    const second = await allocate(series, at);
    expect([first.code, second.code]).toEqual(['No. 1/ASEAN/2026', 'No. 2/ASEAN/2026']);
    expect(first).toMatchObject({ seriesKey: 'note_verbale:first', year: 2026, n: 1 });
    const register = await seriesRegister(t.db, series.key);
    expect(register.map((r) => [r.n, r.code, r.status, r.allocatedBy])).toEqual([
      [1, 'No. 1/ASEAN/2026', 'allocated', t.users.staff.id],
      [2, 'No. 2/ASEAN/2026', 'allocated', t.users.staff.id],
    ]);
    expect(await numbersOfRecord(t.db, 'note_verbale', register[1].recordId)).toEqual([register[1]]);
  });

  it('starts again at 1 each year, the year being the one of the series’ time zone', async () => {
    const series = notes('years');
    // 31 December 20:00 UTC is already 1 January in Jakarta.
    expect((await allocate(series, new Date('2026-12-31T10:00:00Z'))).code).toBe('No. 1/ASEAN/2026');
    expect((await allocate(series, new Date('2026-12-31T20:00:00Z'))).code).toBe('No. 1/ASEAN/2027');
    expect((await allocate(series, new Date('2026-12-31T11:00:00Z'))).code).toBe('No. 2/ASEAN/2026');
    expect((await seriesRegister(t.db, series.key, 2027)).map((r) => r.code)).toEqual(['No. 1/ASEAN/2027']);
  });

  it('gives a number back when the transaction that took it rolls back, so the series has no gap', async () => {
    const series: SeriesSpec = { key: 'symbol:ARJCC-23/WD', format: 'ARJCC-23/WD/{n}' };
    expect((await allocate(series)).code).toBe('ARJCC-23/WD/1');
    await expect(
      t.db.transaction(async (tx) => {
        await allocateNumber(tx, t.ctxOf('staff'), { series, record: { type: 'document', id: randomUUID() } });
        throw new Error('the document could not be stored');
      }),
    ).rejects.toThrow('the document could not be stored');
    expect((await allocate(series)).code).toBe('ARJCC-23/WD/2');
    expect((await seriesRegister(t.db, series.key)).map((r) => r.n)).toEqual([1, 2]);
  });

  it('gives twenty simultaneous transactions twenty consecutive numbers', async () => {
    const series: SeriesSpec = { key: 'proposal:RU', format: 'ASEC-RU-{yyyy}-{n:2}', perYear: true };
    const at = new Date('2026-05-05T00:00:00Z');
    const got = await Promise.all(Array.from({ length: 20 }, () => allocate(series, at)));
    expect(got.map((a) => a.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(got.map((a) => a.code)).size).toBe(20);
    expect(got.find((a) => a.n === 7)?.code).toBe('ASEC-RU-2026-07');
    const [counter] = await t.db.select().from(numberCounters).where(eq(numberCounters.seriesKey, series.key));
    expect(counter).toMatchObject({ year: 2026, last: 20 });
  });

  it('keeps a cancelled number in the register as cancelled and never gives it again; the cancellation is audited', async () => {
    const series = notes('cancel');
    const at = new Date('2026-04-01T00:00:00Z');
    await allocate(series, at);
    const wrong = await allocate(series, at);
    const cancelled = await t.db.transaction((tx) => cancelNumber(tx, t.ctxOf('head'), { seriesKey: series.key, code: wrong.code, reason: 'Registered twice by mistake' }));
    expect(cancelled).toMatchObject({ code: 'No. 2/ASEAN/2026', status: 'cancelled', cancelReason: 'Registered twice by mistake' });
    expect((await allocate(series, at)).code).toBe('No. 3/ASEAN/2026');
    expect((await seriesRegister(t.db, series.key)).map((r) => `${r.n}:${r.status}`)).toEqual(['1:allocated', '2:cancelled', '3:allocated']);
    await expect(t.db.transaction((tx) => cancelNumber(tx, t.ctxOf('head'), { seriesKey: series.key, code: wrong.code, reason: 'again' }))).rejects.toMatchObject({
      status: 409,
      code: 'number.already_cancelled',
    });
    await expect(t.db.transaction((tx) => cancelNumber(tx, t.ctxOf('head'), { seriesKey: series.key, code: 'No. 99/ASEAN/2026', reason: 'x' }))).rejects.toMatchObject({
      status: 404,
    });
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'number.cancel'), eq(auditLog.recordId, wrong.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: t.users.head.id, changes: { status: { before: 'allocated', after: 'cancelled' } } });
  });

  it('refuses a format without the number, with a stray brace, or without the year in a yearly series, and an unknown time zone, naming the field', async () => {
    for (const [format, perYear] of [
      ['No. /ASEAN/{yyyy}', true],
      ['No. {n}/ASEAN/{yyyy', true],
      ['No. {n}/ASEAN', true],
      ['{prefix:2}-{n}', false],
    ] as const) {
      await expect(allocate({ key: `bad:${format}`, format, perYear })).rejects.toMatchObject({ status: 400, code: 'number_series.bad_format', errors: [{ field: 'format' }] });
    }
    await expect(allocate({ ...notes('mars'), timeZone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({ status: 400, code: 'number_series.bad_time_zone', errors: [{ field: 'timeZone' }] });
  });

  it('applies a changed format to later numbers only, and refuses to change yearly counting once numbers exist', async () => {
    const series = notes('reformat');
    const at = new Date('2026-07-01T00:00:00Z');
    expect((await allocate(series, at)).code).toBe('No. 1/ASEAN/2026');
    await t.db.transaction((tx) => configureSeries(tx, t.ctxOf('admin'), { ...series, format: 'PM-ASEAN/{yyyy}/{n:3}' }));
    expect((await allocate(series, at)).code).toBe('PM-ASEAN/2026/002');
    expect((await seriesRegister(t.db, series.key)).map((r) => r.code)).toEqual(['No. 1/ASEAN/2026', 'PM-ASEAN/2026/002']);
    await expect(t.db.transaction((tx) => configureSeries(tx, t.ctxOf('admin'), { key: series.key, format: 'PM-{n}', perYear: false }))).rejects.toMatchObject({
      status: 409,
      code: 'number_series.counting_fixed',
    });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'number_series.update'), eq(auditLog.recordId, series.key)));
    expect(entry.changes).toEqual({ format: { before: 'No. {n}/ASEAN/{yyyy}', after: 'PM-ASEAN/{yyyy}/{n:3}' } });
  });
});

describe('decision numbers through the numbering service', () => {
  it('registers each decision’s number with the decision', async () => {
    const body = await createBody(t, { decisionPrefix: 'NUM' });
    const meeting = await createMeeting(t, body.id, { number: 3 });
    const d = expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/decisions`, { text: 'Approve AR-01.' }), 201);
    expect(d.code).toBe('NUM-3/D1');
    expect(await numbersOfRecord(t.db, 'decision', d.id)).toMatchObject([{ seriesKey: `decision:${meeting.id}`, n: 1, code: 'NUM-3/D1', status: 'allocated' }]);
  });

  it('carries decisions recorded before the service into its register, so the next number follows on', async () => {
    const body = await createBody(t, { decisionPrefix: 'OLD' });
    const meeting = await createMeeting(t, body.id, { number: 9 });
    // As the meetings module numbered them before: rows only, no series.
    const old = [1, 2, 3].map((seq) => ({ meetingId: meeting.id, seq, code: `OLD-9/D${seq}`, text: `Decision ${seq}.` }));
    await t.db.insert(decisions).values(old);
    // Found by name, whatever number the migration ends up with.
    const file = fs.readdirSync(migrationsFolder).find((f) => f.endsWith('_decision_numbers.sql'))!;
    const migration = fs.readFileSync(path.join(migrationsFolder, file), 'utf8');
    const run = async () => {
      for (const statement of migration.split('--> statement-breakpoint')) await t.db.execute(sql.raw(statement));
    };
    await run();
    await run(); // applying it again changes nothing
    expect((await seriesRegister(t.db, `decision:${meeting.id}`)).map((r) => r.code)).toEqual(['OLD-9/D1', 'OLD-9/D2', 'OLD-9/D3']);
    expect(expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/decisions`, { text: 'The next one.' }), 201).code).toBe('OLD-9/D4');
  });
});
