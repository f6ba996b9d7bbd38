// Helpers for the consultations tests: times, a body, a consultation circulated to a list.
import { expect } from 'vitest';
import { createBody as createMeetingsBody, createMeeting } from './meetings-fixtures.ts';
import { type Body, expectStatus } from './support/http.ts';
import type { TestApp, Who } from './support/test-app.ts';

/** Shared set-up for the consultations tests: records made through the API, as mission staff by default. */

export const SECOND = 1000;
export const HOUR = 3_600_000;
export const at = (ms: number) => new Date(ms);
/** A whole minute about `hours` from now. */
export const later = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000);

/** An instant `hours` from now, as the API takes it. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * A public committee of ID, VN, TH and RU with one planned meeting ahead, so
 * that an adopted text can be numbered in its decisions register.
 */
export async function createBody(t: TestApp, fields: Record<string, unknown> = {}): Promise<Body> {
  const body = await createMeetingsBody(t, { names: { en: 'Committee of Permanent Representatives' }, acronym: 'CPR', decisionPrefix: 'CPR', ...fields });
  const next = new Date(Date.now() + 30 * 86_400_000);
  const day = next.toISOString().slice(0, 10);
  await createMeeting(t, body.id, { number: 1, title: 'CPR meeting', startsAt: `${day}T09:00:00+07:00`, endsAt: `${day}T12:00:00+07:00`, classification: 'public' });
  return body;
}

let sharedBody: Promise<Body> | undefined;
let sharedFor: TestApp | undefined;

/** The body consultations are created under when none is given: one per test app. */
export function defaultBody(t: TestApp): Promise<Body> {
  if (sharedFor !== t || !sharedBody) {
    sharedFor = t;
    sharedBody = createBody(t);
  }
  return sharedBody;
}

/**
 * A draft consultation (version 1 holds `content`), by default for comments
 * from Indonesia only, with a deadline two days ahead. Pass `bodyId` or any
 * other field to override.
 */
export async function createConsultation(t: TestApp, overrides: Record<string, unknown> = {}, who: Who = 'staff'): Promise<Body> {
  const bodyId = (overrides.bodyId as string | undefined) ?? (await defaultBody(t)).id;
  const res = await t.as(who, 'POST', '/api/consultations', {
    bodyId,
    title: 'Draft joint statement on food security',
    method: 'comments',
    distribution: { parties: ['ID'], organizations: [] },
    deadline: hoursFromNow(48),
    timeZone: 'Asia/Jakarta',
    content: '<p>The Parties agree to cooperate on food security.</p>',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The consultation's draft version (the latest one), or undefined when every version is circulated. */
export async function draftVersion(t: TestApp, id: string): Promise<Body | undefined> {
  const versions = expectStatus(await t.as('staff', 'GET', `/api/consultations/${id}/versions`), 200);
  return versions.items.find((v: Body) => v.circulatedAt === null);
}

/** Circulates the draft version (the latest one) and answers the consultation as staff sees it afterwards. */
export async function circulate(t: TestApp, id: string, who: Who = 'staff'): Promise<Body> {
  const draft = await draftVersion(t, id);
  expect(draft, 'a draft version to circulate').toBeDefined();
  expectStatus(await t.as(who, 'POST', `/api/consultations/${id}/versions/${draft.id}/circulate`), 200);
  return expectStatus(await t.as('staff', 'GET', `/api/consultations/${id}`), 200);
}

/** A new draft version with `content`, answered as created. */
export async function newVersion(t: TestApp, id: string, content: string, note: string | null = null): Promise<Body> {
  return expectStatus(await t.as('staff', 'POST', `/api/consultations/${id}/versions`, { content, note }), 201);
}
