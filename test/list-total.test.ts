// A list's total: on the first page only (or when asked), counted no further than the cap, and "more than" past it.
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../src/server/db/schema/index.ts';
import { visibleTo } from '../src/server/platform/access/policy.ts';
import { listPage, TOTAL_CAP } from '../src/server/platform/records/list-page.ts';
import { expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 7; i++) {
    expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: `Counted agency ${i}` }, kind: 'agency' }), 201);
  }
});
afterAll(async () => t?.close());

describe('the total of a list', () => {
  it('comes with the first page, not with later ones unless asked', async () => {
    const first = expectStatus(await t.as('staff', 'GET', '/api/organizations?q=counted&limit=3'), 200);
    expect(first.total).toBe(7);
    expect(first.totalCapped).toBeUndefined();
    const second = expectStatus(await t.as('staff', 'GET', `/api/organizations?q=counted&limit=3&cursor=${first.nextCursor}`), 200);
    expect(second.items).toHaveLength(3);
    expect(second).not.toHaveProperty('total');
    const asked = expectStatus(await t.as('staff', 'GET', `/api/organizations?q=counted&limit=3&total=true&cursor=${first.nextCursor}`), 200);
    expect(asked.total).toBe(7);
  });

  it('of a first page that is not full is its length', async () => {
    const all = expectStatus(await t.as('staff', 'GET', '/api/organizations?q=counted&limit=50'), 200);
    expect(all.items).toHaveLength(7);
    expect(all.total).toBe(7);
  });

  it('stops at the cap and says there are more', async () => {
    const ctx = t.ctxOf('staff');
    const spec = {
      rows: () => t.db.select().from(organizations),
      count: () => t.db.select({ n: count() }).from(organizations),
      map: (r: typeof organizations.$inferSelect) => r,
      id: organizations.id,
      access: visibleTo(ctx, organizations),
      sortKeys: { updatedAt: { expr: sql`${organizations.updatedAt}`, value: (r: typeof organizations.$inferSelect) => r.updatedAt, type: 'timestamptz' as const } },
    };
    const capped = await listPage({ sort: 'updatedAt', limit: 2 }, spec, 5);
    expect(capped).toMatchObject({ total: 5, totalCapped: true });
    const exact = await listPage({ sort: 'updatedAt', limit: 2 }, spec, 1000);
    expect(exact.totalCapped).toBeUndefined();
    expect(exact.total).toBeGreaterThanOrEqual(7);
    expect(TOTAL_CAP).toBe(10_000);
  });
});
