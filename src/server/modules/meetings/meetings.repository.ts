// Queries on meetings with their body, each scoped by the access policy; the locked read for writes.
import { and, count, eq, gte, like, lt, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { meetingListQuerySchema } from '../../../shared/meetings.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { bodies, meetings } from '../../db/schema/meetings.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import type { BodyRef } from './bodies.repository.ts';
import { meetingNotFound, meetingWriteForbidden, recordLocked } from './meetings.errors.ts';
import { isLocked, mayWriteMeeting } from './meetings.policy.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingWithBody = MeetingRow & { body: BodyRef | null };

const sortKeys: Record<'startsAt', SortKey<MeetingRow>> = {
  startsAt: { expr: sql`${meetings.startsAt}`, value: (r) => r.startsAt, type: 'timestamptz' },
};

/** Meetings with their body, when the user may see the body too. */
function selectWithBody(db: Executor, ctx: RequestContext) {
  return db
    .select({ meeting: meetings, body: { id: bodies.id, names: bodies.names, acronym: bodies.acronym } })
    .from(meetings)
    .leftJoin(bodies, and(eq(bodies.id, meetings.bodyId), visibleTo(ctx, bodies)));
}
const withBody = (r: { meeting: MeetingRow; body: BodyRef | null }): MeetingWithBody => ({ ...r.meeting, body: r.body?.id ? r.body : null });

export async function findMeeting(db: Executor, ctx: RequestContext, id: string): Promise<MeetingWithBody | null> {
  const [row] = await selectWithBody(db, ctx).where(and(eq(meetings.id, id), visibleTo(ctx, meetings))).limit(1);
  return row ? withBody(row) : null;
}

export async function listMeetings(db: Executor, ctx: RequestContext, q: z.output<typeof meetingListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return listPage(q, {
    rows: () => selectWithBody(db, ctx),
    count: () => db.select({ n: count() }).from(meetings),
    map: withBody,
    id: meetings.id,
    access: visibleTo(ctx, meetings),
    archivedAt: meetings.archivedAt,
    where: [
      q.bodyId ? eq(meetings.bodyId, q.bodyId) : undefined,
      q.status ? eq(meetings.status, q.status) : undefined,
      q.from ? gte(meetings.endsAt, new Date(q.from)) : undefined,
      q.to ? lt(meetings.startsAt, new Date(q.to)) : undefined,
      term ? like(meetings.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
}

export async function numberTaken(db: Executor, bodyId: string, number: number, exceptId: string | null) {
  const rows = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.number, number), ne(meetings.status, 'cancelled'), exceptId ? ne(meetings.id, exceptId) : undefined))
    .limit(1);
  return rows.length > 0;
}


/**
 * Runs `fn` in one transaction holding the meeting's row lock, once it is
 * established that `ctx` may see the meeting (404 otherwise), change it (403)
 * and that its record is not approved (409), unless `allowLocked`. Writes to
 * a meeting's parts go through here, so an approval cannot slip in between
 * the check and the write. Inside `fn`, query with `tx` only.
 */
export async function withMeetingForWrite<T>(
  deps: Deps,
  ctx: RequestContext,
  meetingId: string,
  fn: (tx: Tx, meeting: MeetingRow) => Promise<T>,
  opts: { allowLocked?: boolean } = {},
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const [m] = await tx.select().from(meetings).where(and(eq(meetings.id, meetingId), visibleTo(ctx, meetings))).limit(1).for('update');
    if (!m) throw meetingNotFound();
    if (!mayWriteMeeting(ctx, m)) throw meetingWriteForbidden();
    if (!opts.allowLocked && isLocked(m)) throw recordLocked();
    return fn(tx, m);
  });
}

/** The meeting, if `ctx` may see it; for reads of its parts. */
export async function visibleMeeting(db: Executor, ctx: RequestContext, id: string) {
  const [m] = await db.select().from(meetings).where(and(eq(meetings.id, id), visibleTo(ctx, meetings))).limit(1);
  if (!m) throw meetingNotFound();
  return m;
}

/**
 * The fields of `input` whose value differs from the record's: a form that
 * sends an approved record's facts back unchanged is not trying to change them.
 */
export function changedKeys(current: Record<string, unknown>, input: Record<string, unknown>) {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : JSON.stringify(v ?? null));
  return Object.keys(input).filter((k) => input[k] !== undefined && norm(current[k]) !== norm(input[k]));
}
