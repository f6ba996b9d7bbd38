// Queries on decisions, visible exactly when their meeting is, and their DTOs.
import { and, count, eq, isNull, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { decisionListQuerySchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { bodies, decisions, meetings } from '../../db/schema/meetings.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { RecordRef } from '../../platform/records/record-types.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import type { Language } from '../../../shared/common.ts';
import { decisionText } from './decisions.texts.ts';
import { linksOf } from './links.ts';

export type DecisionRow = typeof decisions.$inferSelect;
type Joined = { decision: DecisionRow; meeting: MeetingRef; bodyVisible: string | null };
export type MeetingRef = { id: string; title: string; number: number | null; startsAt: Date; timeZone: string; status: (typeof meetings.$inferSelect)['status']; bodyId: string };

const meetingRef = { id: meetings.id, title: meetings.title, number: meetings.number, startsAt: meetings.startsAt, timeZone: meetings.timeZone, status: meetings.status, bodyId: meetings.bodyId };

/** Decisions are visible exactly when their meeting is: every read joins the meeting through the access policy. */
function selectDecisions(db: Executor, ctx: RequestContext) {
  return db
    .select({ decision: decisions, meeting: meetingRef, bodyVisible: bodies.id })
    .from(decisions)
    .innerJoin(meetings, and(eq(meetings.id, decisions.meetingId), visibleTo(ctx, meetings)))
    .leftJoin(bodies, and(eq(bodies.id, meetings.bodyId), visibleTo(ctx, bodies)));
}

const toDecisionDto = ({ decision: d, meeting: m, bodyVisible }: Joined, links: RecordRef[], lang: Language) => ({
  id: d.id,
  meetingId: d.meetingId,
  meeting: { id: m.id, title: m.title, number: m.number, startsAt: m.startsAt.toISOString(), timeZone: m.timeZone, status: m.status },
  bodyId: bodyVisible ? m.bodyId : null,
  agendaItemId: d.agendaItemId,
  seq: d.seq,
  code: d.code,
  text: decisionText(d, lang),
  status: d.status,
  supersededById: d.supersededById,
  links,
  source: d.source ?? null,
  adoption: d.adoption ?? null,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});

/** Decisions as the API shows them, each with its `links` to records `ctx` may see. */
export async function decisionDtos(db: Executor, ctx: RequestContext, rows: Joined[]) {
  const links = await linksOf(db, ctx, 'decision', rows.map((r) => r.decision.id));
  return rows.map((r) => toDecisionDto(r, links.get(r.decision.id) ?? [], ctx.viewer?.language ?? 'en'));
}

export async function findDecision(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await selectDecisions(db, ctx).where(eq(decisions.id, id)).limit(1);
  return row ?? null;
}

export async function decisionsOfMeeting(db: Executor, ctx: RequestContext, meetingId: string) {
  return selectDecisions(db, ctx).where(eq(decisions.meetingId, meetingId)).orderBy(decisions.seq);
}

const sortKeys: Record<'createdAt' | 'code', SortKey<Joined>> = {
  createdAt: { expr: sql`${decisions.createdAt}`, value: (r) => r.decision.createdAt, type: 'timestamptz' },
  code: { expr: sql`${decisions.code}`, value: (r) => r.decision.code, type: 'text' },
};

/** The register across all meetings and bodies, visible to `ctx`. */
export async function listDecisions(db: Executor, ctx: RequestContext, q: z.output<typeof decisionListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listPage(q, {
    rows: () => selectDecisions(db, ctx),
    count: () => db.select({ n: count() }).from(decisions).innerJoin(meetings, eq(meetings.id, decisions.meetingId)),
    map: (r: Joined) => ({ ...r, id: r.decision.id }),
    id: decisions.id,
    access: visibleTo(ctx, meetings),
    where: [
      isNull(meetings.archivedAt),
      q.bodyId ? eq(meetings.bodyId, q.bodyId) : undefined,
      q.meetingId ? eq(decisions.meetingId, q.meetingId) : undefined,
      q.status ? eq(decisions.status, q.status) : undefined,
      q.code ? sql`lower(${decisions.code}) = lower(${q.code})` : undefined,
      term ? like(decisions.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
  return { ...res, items: await decisionDtos(db, ctx, res.items) };
}

/** In-force decisions of the body's meetings held before `before`, visible to `ctx`: matters arising. */
export const inForceBefore = (db: Executor, ctx: RequestContext, bodyId: string, before: Date) =>
  selectDecisions(db, ctx)
    .where(and(eq(meetings.bodyId, bodyId), eq(decisions.status, 'in_force'), sql`${meetings.startsAt} < ${before}`, sql`${meetings.status} <> 'cancelled'`, isNull(meetings.archivedAt)))
    .orderBy(meetings.startsAt, decisions.seq)
    .limit(500);
