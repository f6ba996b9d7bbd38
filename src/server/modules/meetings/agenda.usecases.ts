// A meeting's agenda: listing, adding, changing, removing and reordering its items.
import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { agendaItemInputSchema, agendaItemUpdateSchema } from '../../../shared/meetings.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { agendaItems, decisions } from '../../db/schema/meetings.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { dropLinksOf } from '../../platform/records/links.ts';
import type { RecordRef } from '../../platform/records/record-types.ts';
import { checkPartyCodes, checkPeople, personRefs } from '../directory/directory.api.ts';
import { linksOf, setLinks } from './links.ts';
import { agendaItemHasDecisions, agendaItemNotFound, agendaOrderMismatch } from './meetings.errors.ts';
import { visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';
import { definedOnly } from '../../platform/records/patch.ts';

type Input = z.output<typeof agendaItemInputSchema>;
type Update = z.output<typeof agendaItemUpdateSchema>;
export type AgendaRow = typeof agendaItems.$inferSelect;
const FIELDS = ['title', 'presenterPartyCode', 'presenterPersonId', 'durationMinutes', 'position', 'carriedActionItemId', 'carriedDecisionId'] as const;

/** A meeting's agenda in order, with presenters the user may see. */
export async function agendaOf(db: Executor, ctx: RequestContext, meetingId: string) {
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  const presenters = await personRefs(db, ctx, items.map((i) => i.presenterPersonId));
  const links = await linksOf(db, ctx, 'agenda_item', items.map((i) => i.id));
  return items.map((item) => {
    const presenter = item.presenterPersonId ? presenters.get(item.presenterPersonId) : undefined;
    return {
      ...item,
      links: links.get(item.id) ?? [],
      presenterPersonId: presenter ? item.presenterPersonId : null,
      presenter: presenter ? { id: presenter.id, fullName: presenter.fullName } : null,
      updatedAt: item.updatedAt.toISOString(),
    };
  });
}

export async function listAgenda(deps: Deps, ctx: RequestContext, meetingId: string) {
  await visibleMeeting(deps.db, ctx, meetingId);
  const items = await agendaOf(deps.db, ctx, meetingId);
  return { items, nextCursor: null, total: items.length };
}

async function checkItem(tx: Tx, ctx: RequestContext, input: Update) {
  await checkPartyCodes(tx, [input.presenterPartyCode], 'presenterPartyCode');
  await checkPeople(tx, ctx, [input.presenterPersonId], 'presenterPersonId');
}

/** Appends items at the end of the agenda; used for new items and carried-over matters arising. */
export async function appendAgendaItems(tx: Tx, ctx: RequestContext, meetingId: string, items: (Omit<typeof agendaItems.$inferInsert, 'meetingId' | 'position'> & { links: RecordRef[] })[]) {
  const [{ last }] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  const rows = await tx
    .insert(agendaItems)
    .values(items.map(({ links, ...it }, i) => ({ ...it, meetingId, position: (last ?? 0) + 1 + i })))
    .returning();
  for (const [i, row] of rows.entries()) {
    await recordAudit(tx, ctx, { action: 'agenda_item.create', recordType: 'agenda_item', recordId: row.id, changes: { meetingId: { after: meetingId }, ...diff(null, row, FIELDS) } });
    await setLinks(tx, ctx, 'agenda_item', row.id, items[i].links);
  }
  return rows;
}

export async function addAgendaItem(deps: Deps, ctx: RequestContext, meetingId: string, input: Input) {
  const [row] = await withMeetingForWrite(deps, ctx, meetingId, async (tx) => {
    await checkItem(tx, ctx, input);
    return appendAgendaItems(tx, ctx, meetingId, [
      { title: input.title, presenterPartyCode: input.presenterPartyCode ?? null, presenterPersonId: input.presenterPersonId ?? null, durationMinutes: input.durationMinutes ?? null, links: input.links },
    ]);
  });
  return (await agendaOf(deps.db, ctx, meetingId)).find((i) => i.id === row.id)!;
}

async function loadItem(tx: Tx, meetingId: string, itemId: string) {
  const [row] = await tx.select().from(agendaItems).where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId))).limit(1);
  if (!row) throw agendaItemNotFound();
  return row;
}

export async function updateAgendaItem(deps: Deps, ctx: RequestContext, meetingId: string, itemId: string, input: Update) {
  await withMeetingForWrite(deps, ctx, meetingId, async (tx) => {
    const current = await loadItem(tx, meetingId, itemId);
    await checkItem(tx, ctx, input);
    const { links, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx.update(agendaItems).set({ ...defined, updatedAt: new Date() }).where(eq(agendaItems.id, itemId)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'agenda_item.update', recordType: 'agenda_item', recordId: itemId, changes });
    await setLinks(tx, ctx, 'agenda_item', itemId, links);
  });
  return (await agendaOf(deps.db, ctx, meetingId)).find((i) => i.id === itemId)!;
}

/** Removes an item (its minutes and their history go with it) and closes the gap in the numbering. */
export async function removeAgendaItem(deps: Deps, ctx: RequestContext, meetingId: string, itemId: string) {
  await withMeetingForWrite(deps, ctx, meetingId, async (tx) => {
    const current = await loadItem(tx, meetingId, itemId);
    const [{ n }] = await tx.select({ n: count() }).from(decisions).where(eq(decisions.agendaItemId, itemId));
    if (Number(n) > 0) throw agendaItemHasDecisions();
    await dropLinksOf(tx, ctx, { recordType: 'agenda_item', recordId: itemId });
    await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
    await tx.update(agendaItems).set({ position: sql`${agendaItems.position} - 1` }).where(and(eq(agendaItems.meetingId, meetingId), sql`${agendaItems.position} > ${current.position}`));
    await recordAudit(tx, ctx, { action: 'agenda_item.delete', recordType: 'agenda_item', recordId: itemId, changes: { meetingId: { before: meetingId }, ...diff(current, null, [...FIELDS, 'minutes']) } });
  });
}

/** Puts the agenda in the order given: every item of the meeting, each once. */
export async function reorderAgenda(deps: Deps, ctx: RequestContext, meetingId: string, ids: string[]) {
  await withMeetingForWrite(deps, ctx, meetingId, async (tx) => {
    const current = await tx.select({ id: agendaItems.id, position: agendaItems.position }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
    const known = new Set(current.map((c) => c.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw agendaOrderMismatch();
    }
    const before = current.map((c) => c.id);
    if (before.every((id, i) => id === ids[i])) return;
    if (ids.length) {
      await tx
        .update(agendaItems)
        .set({ position: sql`(array_position(array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[], ${agendaItems.id}))::int`, updatedAt: new Date() })
        .where(inArray(agendaItems.id, ids));
    }
    await recordAudit(tx, ctx, { action: 'agenda.reorder', recordType: 'meeting', recordId: meetingId, changes: { agendaOrder: { before, after: ids } } });
  });
  return listAgenda(deps, ctx, meetingId);
}
