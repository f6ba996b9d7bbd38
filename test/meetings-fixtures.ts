// Helpers for the meetings tests: a body, a meeting, moving a meeting to a status.
import { expect } from 'vitest';
import type { Body } from './support/http.ts';
import type { TestApp, Who } from './support/test-app.ts';

/** Shared set-up for the meetings tests: bodies and meetings created through the API, as mission staff by default. */
export async function createBody(t: TestApp, fields: Record<string, unknown> = {}, who: Who = 'staff'): Promise<Body> {
  const res = await t.as(who, 'POST', '/api/bodies', {
    names: { en: 'ASEAN–Russia Joint Cooperation Committee' },
    acronym: 'ARJCC',
    kind: 'joint_committee',
    memberParties: ['ID', 'VN', 'TH', 'RU'],
    rotationOrder: ['ID', 'VN', 'TH'],
    cadenceMonths: 12,
    decisionPrefix: 'JCC',
    classification: 'public',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function createMeeting(t: TestApp, bodyId: string, fields: Record<string, unknown> = {}, who: Who = 'staff'): Promise<Body> {
  const res = await t.as(who, 'POST', '/api/meetings', {
    bodyId,
    number: 20,
    title: '20th ASEAN–Russia Joint Cooperation Committee',
    startsAt: '2026-03-18T09:30:00+07:00',
    endsAt: '2026-03-18T16:00:00+07:00',
    timeZone: 'Asia/Jakarta',
    venue: 'ASEAN Secretariat, Jakarta',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Walks a meeting to the given status through the API (approval as the head of mission). */
export async function moveTo(t: TestApp, meetingId: string, target: 'convened' | 'concluded' | 'record_approved') {
  const path = ['convened', 'concluded', 'record_approved'];
  for (const status of path.slice(0, path.indexOf(target) + 1)) {
    const res = await t.as(status === 'record_approved' ? 'head' : 'staff', 'POST', `/api/meetings/${meetingId}/status`, { status });
    expect(res.statusCode, res.body).toBe(200);
  }
}
