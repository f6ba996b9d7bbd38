// The decisions register: numbering decisions per meeting, recording, changing and superseding them, and decisions taken elsewhere.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { decisionInputSchema, decisionListQuerySchema, decisionUpdateSchema } from '../../../shared/meetings.ts';
import { LANGUAGES } from '../../../shared/common.ts';
import type { AdoptionFacts } from '../../../shared/meetings.ts';
import type { Tx } from '../../db/client.ts';
import { agendaItems, bodies, decisions, meetings } from '../../db/schema/meetings.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { decisionDtos, decisionsOfMeeting, findDecision, listDecisions } from './decisions.repository.ts';
import { adoptionText } from './decisions.texts.ts';
import { setLinks } from './links.ts';
import {
  bodyNotFound,
  decisionNotFound,
  decisionNotInForce,
  decisionUnknownAgendaItem,
  decisionUnknownSuperseded,
  noMeetingForDecision,
} from './meetings.errors.ts';
import { type MeetingRow, visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';
import { indexDecision } from './meetings.search.ts';
import { definedOnly } from '../../platform/records/patch.ts';

type Input = z.output<typeof decisionInputSchema>;
type Update = z.output<typeof decisionUpdateSchema>;
type Link = { recordType: string; recordId: string };
const FIELDS = ['meetingId', 'agendaItemId', 'seq', 'code', 'text', 'status', 'supersededById', 'source'] as const;

export const searchDecisions = (deps: Deps, ctx: RequestContext, q: z.output<typeof decisionListQuerySchema>) => listDecisions(deps.db, ctx, q);

export async function getDecision(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findDecision(deps.db, ctx, id);
  if (!row) throw decisionNotFound();
  const [dto] = await decisionDtos(deps.db, ctx, [row]);
  return dto;
}

export async function listMeetingDecisions(deps: Deps, ctx: RequestContext, meetingId: string) {
  await visibleMeeting(deps.db, ctx, meetingId);
  const items = await decisionDtos(deps.db, ctx, await decisionsOfMeeting(deps.db, ctx, meetingId));
  return { items, nextCursor: null, total: items.length };
}

/**
 * Decisions are numbered per meeting: `<prefix>-<meeting number>/D<n>`, e.g.
 * JCC-20/D3; a meeting without a number is named by its date.
 */
const decisionSeries = (meeting: MeetingRow) => ({ key: `decision:${meeting.id}`, format: '{prefix}-{meeting}/D{n}' });

/**
 * Adds a numbered decision to a meeting. The number comes from the numbering
 * service in this transaction: consecutive, and given back if it rolls back.
 */
async function insertDecision(
  tx: Tx,
  ctx: RequestContext,
  meeting: MeetingRow,
  v: { text: string; adoption?: AdoptionFacts | null; agendaItemId: string | null; links: Link[]; source: Link | null; supersedesId: string | null },
) {
  const [body] = await tx.select({ decisionPrefix: bodies.decisionPrefix, acronym: bodies.acronym }).from(bodies).where(eq(bodies.id, meeting.bodyId));
  const prefix = body?.decisionPrefix ?? body?.acronym?.replace(/[^A-Za-z0-9-]/g, '') ?? 'M';
  const id = randomUUID();
  const { n: seq, code } = await allocateNumber(tx, ctx, {
    series: decisionSeries(meeting),
    record: { type: 'decision', id },
    values: { prefix, meeting: meeting.number ?? localDate(meeting.startsAt, meeting.timeZone) },
  });
  const links = v.supersedesId && !v.links.some((l) => l.recordId === v.supersedesId) ? [...v.links, { recordType: 'decision', recordId: v.supersedesId }] : v.links;
  const [row] = await tx
    .insert(decisions)
    .values({ id, meetingId: meeting.id, agendaItemId: v.agendaItemId, seq, code, text: v.text, adoption: v.adoption ?? null, source: v.source, searchText: decisionSearchText(code, v) })
    .returning();
  await recordAudit(tx, ctx, { action: 'decision.create', recordType: 'decision', recordId: row.id, changes: diff(null, row, FIELDS) });
  await setLinks(tx, ctx, 'decision', row.id, links);
  await indexDecision(tx, row, meeting);
  if (v.supersedesId) {
    const [old] = await tx.select().from(decisions).where(eq(decisions.id, v.supersedesId)).for('update');
    const [after] = await tx.update(decisions).set({ status: 'superseded', supersededById: row.id, updatedAt: new Date() }).where(eq(decisions.id, old.id)).returning();
    await recordAudit(tx, ctx, { action: 'decision.supersede', recordType: 'decision', recordId: old.id, changes: diff(old, after, ['status', 'supersededById']) });
    const [oldMeeting] = await tx.select().from(meetings).where(eq(meetings.id, old.meetingId));
    await indexDecision(tx, after, oldMeeting);
  }
  return row;
}

async function checkDecision(tx: Tx, ctx: RequestContext, meeting: MeetingRow, input: Update & { supersedesId?: string | null }) {
  if (input.agendaItemId) {
    const [item] = await tx.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.meetingId, meeting.id)));
    if (!item) throw decisionUnknownAgendaItem();
  }
  if (input.supersedesId) {
    const old = await findDecision(tx, ctx, input.supersedesId);
    if (!old || old.meeting.bodyId !== meeting.bodyId) throw decisionUnknownSuperseded();
    if (old.decision.status !== 'in_force') throw decisionNotInForce();
  }
}

export async function createDecision(deps: Deps, ctx: RequestContext, meetingId: string, input: Input) {
  const row = await withMeetingForWrite(deps, ctx, meetingId, async (tx, meeting) => {
    await checkDecision(tx, ctx, meeting, input);
    return insertDecision(tx, ctx, meeting, { text: input.text, agendaItemId: input.agendaItemId ?? null, links: input.links, source: null, supersedesId: input.supersedesId ?? null });
  });
  return getDecision(deps, ctx, row.id);
}

export async function updateDecision(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const found = await findDecision(deps.db, ctx, id);
  if (!found) throw decisionNotFound();
  await withMeetingForWrite(deps, ctx, found.decision.meetingId, async (tx, meeting) => {
    await checkDecision(tx, ctx, meeting, input);
    const [current] = await tx.select().from(decisions).where(eq(decisions.id, id)).for('update');
    const { links, ...fields } = input;
    const defined = definedOnly(fields);
    const text = defined.text ?? current.text;
    const [after] = await tx.update(decisions).set({ ...defined, searchText: normaliseForSearch(current.code, text), updatedAt: new Date() }).where(eq(decisions.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'decision.update', recordType: 'decision', recordId: id, changes });
    await setLinks(tx, ctx, 'decision', id, links);
    await indexDecision(tx, after, meeting);
  });
  return getDecision(deps, ctx, id);
}

/**
 * Records a decision taken outside a meeting (e.g. a text adopted by silence
 * procedure) in the body's register: under its next planned meeting, or else
 * its latest one, numbered like any other. For other modules, in their own
 * transaction; `source` names the record it came from.
 */
export async function recordExternalDecision(
  tx: Tx,
  ctx: RequestContext,
  input: { bodyId: string; source: Link; links?: Link[] } & ({ text: string; adoption?: undefined } | { adoption: AdoptionFacts; text?: undefined }),
) {
  const [body] = await tx.select({ id: bodies.id }).from(bodies).where(and(eq(bodies.id, input.bodyId), visibleTo(ctx, bodies)));
  if (!body) throw bodyNotFound();
  const usable = and(eq(meetings.bodyId, body.id), ne(meetings.status, 'cancelled'), isNull(meetings.archivedAt), visibleTo(ctx, meetings));
  const [next] = await tx.select().from(meetings).where(and(usable, eq(meetings.status, 'planned'), gte(meetings.endsAt, new Date()))).orderBy(asc(meetings.startsAt)).limit(1);
  const [latest] = next ? [next] : await tx.select().from(meetings).where(usable).orderBy(desc(meetings.startsAt)).limit(1);
  if (!latest) throw noMeetingForDecision();
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, latest.id)).for('update');
  const row = await insertDecision(tx, ctx, meeting, { text: input.text ?? '', adoption: input.adoption ?? null, agendaItemId: null, links: input.links ?? [], source: input.source, supersedesId: null });
  return { id: row.id, code: row.code, meetingId: meeting.id };
}

/** What search finds a decision by: its code and its text in every language (an adopted text's facts worded in each). */
function decisionSearchText(code: string, d: { text: string; adoption?: AdoptionFacts | null }) {
  return normaliseForSearch(code, ...(d.adoption ? LANGUAGES.map((lang) => adoptionText(d.adoption!, lang)) : [d.text]));
}
