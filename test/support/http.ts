// Helpers for API tests: expected statuses and problems, ids of a list.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp, Who } from './test-app.ts';

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
};

/** A response body: tests check its shape with assertions rather than types. */
// biome-ignore lint/suspicious/noExplicitAny: bodies are checked by the assertions that read them
export type Body = any;

/** Asserts the status code, showing the body when it differs, and returns the parsed body. */
export function expectStatus<T = Body>(res: LightMyRequestResponse, status: number): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.body ? (res.json() as T) : (undefined as T);
}

/**
 * Asserts an RFC 9457 problem+json answer with this status, and, when given,
 * its stable code and a field error naming `field`. Returns the body.
 */
export function expectProblem(res: LightMyRequestResponse, status: number, opts: { code?: string; field?: string } = {}): ProblemBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as ProblemBody;
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, code: expect.any(String) });
  if (opts.code) expect(body.code).toBe(opts.code);
  if (opts.field) expect(body.errors?.map((e) => e.field) ?? [], res.body).toContain(opts.field);
  return body;
}

/** The problem body without `instance`, which names the address asked for. */
export const withoutInstance = (p: ProblemBody) => {
  const { instance, ...rest } = p;
  return rest;
};

export const itemIds = (res: LightMyRequestResponse): string[] => (res.json() as { items: { id: string }[] }).items.map((i) => i.id);

/** A cursor made by hand, e.g. to check that an edited cursor is refused. */
export const handmadeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export const unknownId = () => randomUUID();

/** A short token of letters, so names made with it are easy to find by search. */
export const token = () =>
  Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/**
 * Reads every page of a list as `who`, following `nextCursor`, and returns the
 * items in order together with the `total` reported on each page (asked for
 * with `total=true` on the pages after the first, which carry none otherwise).
 */
export async function walkList<T extends { id: string }>(t: TestApp, who: Who, url: string, limit = 100) {
  const items: T[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  const sep = url.includes('?') ? '&' : '?';
  for (let pageNo = 0; pageNo < 1000; pageNo++) {
    const res = await t.as(who, 'GET', `${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}&total=true` : ''}`);
    const body = expectStatus<{ items: T[]; nextCursor: string | null; total: number }>(res, 200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    totals.push(body.total);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { items, ids: items.map((i) => i.id), totals, pages: totals.length };
}
