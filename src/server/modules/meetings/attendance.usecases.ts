// A meeting's attendance: delegations and other participants with their heads and members, saved in one go.
import { eq, } from 'drizzle-orm';
import type { z } from 'zod';
import type { attendanceInputSchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { attendance, bodies } from '../../db/schema/meetings.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkOrganizations, checkPeople, organizationRefs, partyRefs, personRefs } from '../directory/directory.api.ts';
import { notAMember, organizationAttendanceRepeated, partyAttendanceRepeated } from './meetings.errors.ts';
import { type MeetingRow, visibleMeeting, withMeetingForWrite } from './meetings.repository.ts';

type Input = z.output<typeof attendanceInputSchema>;
type Row = typeof attendance.$inferSelect;
type Ref = { id: string; fullName: string };

const membersOf = async (db: Executor, meeting: MeetingRow) =>
  (await db.select({ memberParties: bodies.memberParties }).from(bodies).where(eq(bodies.id, meeting.bodyId)))[0]?.memberParties ?? [];

/** The people among `ids` that `ctx` may see, by name. */
async function visiblePeople(db: Executor, ctx: RequestContext, ids: string[]) {
  const refs = await personRefs(db, ctx, ids);
  return new Map<string, Ref>([...refs].map(([id, p]) => [id, { id, fullName: p.fullName }]));
}

/**
 * Attendance by delegation: a row for every member party of the body
 * ("not recorded" until someone records it), then other participants.
 * People and organisations the user may not see are left out.
 */
export async function getAttendance(deps: Deps, ctx: RequestContext, meetingId: string) {
  const meeting = await visibleMeeting(deps.db, ctx, meetingId);
  const [members, rows] = await Promise.all([membersOf(deps.db, meeting), deps.db.select().from(attendance).where(eq(attendance.meetingId, meetingId))]);
  const codes = [...new Set([...members, ...rows.flatMap((r) => (r.partyCode ? [r.partyCode] : []))])];
  const orgIds = rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
  const [names, orgById, persons] = await Promise.all([
    partyRefs(deps.db, ctx, codes),
    organizationRefs(deps.db, ctx, orgIds),
    visiblePeople(deps.db, ctx, rows.flatMap((r) => [...(r.headPersonId ? [r.headPersonId] : []), ...r.memberPersonIds])),
  ]);
  const out = (r: Row | undefined) => {
    const head = r?.headPersonId ? (persons.get(r.headPersonId) ?? null) : null;
    const memberRefs = (r?.memberPersonIds ?? []).flatMap((id) => persons.get(id) ?? []);
    return { status: r?.status ?? ('not_recorded' as const), headPersonId: head?.id ?? null, head, memberPersonIds: memberRefs.map((m) => m.id), members: memberRefs, note: r?.note ?? null };
  };
  const byParty = new Map(rows.filter((r) => r.partyCode).map((r) => [r.partyCode!, r]));
  return {
    parties: codes.map((code) => ({ partyCode: code, partyName: names.get(code)?.names.en ?? null, member: members.includes(code), ...out(byParty.get(code)) })),
    others: rows
      .filter((r) => r.organizationId && orgById.has(r.organizationId))
      .map((r) => ({ organizationId: r.organizationId!, organization: orgById.get(r.organizationId!)!, ...out(r) })),
  };
}

const summary = (rows: Pick<Row, 'partyCode' | 'organizationId' | 'status' | 'headPersonId' | 'memberPersonIds'>[]) =>
  rows.map((r) => `${r.partyCode ?? r.organizationId}:${r.status}:${r.headPersonId ?? '-'}:${[...r.memberPersonIds].sort().join('+')}`).sort();

/**
 * Records attendance for the whole meeting at once. Parties must be members
 * of the body; observers and secretariats are recorded as other participants
 * (organisations). Rows left "not recorded" are not stored. People already
 * recorded whom the user may not see are kept.
 */
export async function saveAttendance(deps: Deps, ctx: RequestContext, meetingId: string, input: Input) {
  await withMeetingForWrite(deps, ctx, meetingId, async (tx, meeting) => {
    const members = await membersOf(tx, meeting);
    const seen = new Set<string>();
    for (const [i, p] of input.parties.entries()) {
      if (!members.includes(p.partyCode)) throw notAMember(`parties.${i}.partyCode`, p.partyCode);
      if (seen.has(p.partyCode)) throw partyAttendanceRepeated(`parties.${i}.partyCode`, p.partyCode);
      seen.add(p.partyCode);
    }
    for (const [i, o] of input.others.entries()) {
      await checkOrganizations(tx, ctx, [o.organizationId], `others.${i}.organizationId`);
      if (seen.has(o.organizationId)) throw organizationAttendanceRepeated(`others.${i}.organizationId`);
      seen.add(o.organizationId);
    }
    for (const [kind, list] of [['parties', input.parties], ['others', input.others]] as const) {
      for (const [i, r] of list.entries()) {
        await checkPeople(tx, ctx, [r.headPersonId], `${kind}.${i}.headPersonId`);
        await checkPeople(tx, ctx, r.memberPersonIds, `${kind}.${i}.memberPersonIds`);
      }
    }
    const before = await tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
    const shown = await visiblePeople(tx, ctx, before.flatMap((r) => [...(r.headPersonId ? [r.headPersonId] : []), ...r.memberPersonIds]));
    const keyOf = (r: { partyCode?: string | null; organizationId?: string | null }) => r.partyCode ?? r.organizationId ?? '';
    const old = new Map(before.map((r) => [keyOf(r), r]));
    const next = [...input.parties, ...input.others]
      .filter((r) => r.status !== 'not_recorded')
      .map((r) => {
        const prev = old.get(keyOf(r));
        const hiddenMembers = (prev?.memberPersonIds ?? []).filter((id) => !shown.has(id) && !r.memberPersonIds.includes(id));
        const hiddenHead = prev?.headPersonId && !shown.has(prev.headPersonId) ? prev.headPersonId : null;
        return {
          meetingId,
          partyCode: 'partyCode' in r ? r.partyCode : null,
          organizationId: 'organizationId' in r ? r.organizationId : null,
          status: r.status as Row['status'],
          headPersonId: r.headPersonId ?? hiddenHead,
          memberPersonIds: [...new Set([...r.memberPersonIds, ...hiddenMembers])],
          note: r.note ?? null,
        };
      });
    await tx.delete(attendance).where(eq(attendance.meetingId, meetingId));
    if (next.length) await tx.insert(attendance).values(next);
    const [b, a] = [summary(before), summary(next)];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      await recordAudit(tx, ctx, { action: 'attendance.update', recordType: 'meeting', recordId: meetingId, changes: { attendance: { before: b, after: a } } });
    }
  });
  return getAttendance(deps, ctx, meetingId);
}
