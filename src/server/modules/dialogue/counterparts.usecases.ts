// The counterpart view: for each of their officials (of an organisation or a party), our officials who met them, the last contact, contacts this year, open follow-ups.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { counterpartQuerySchema } from '../../../shared/dialogue.ts';
import { engagementParticipants, engagements } from '../../db/schema/dialogue.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { personRefs } from '../directory/directory.api.ts';
import { openFollowUpCounts } from '../meetings/meetings.api.ts';
import { missionYear } from './dialogue.time.ts';

/**
 * Only engagements the reader may see count: a restricted démarche adds
 * nothing to the view of staff it is not open to. Their officials are the
 * `theirs` participants whose post that day was in the organisation (or, for
 * a party, every `theirs` participant of engagements with that party).
 */
export async function counterpartView(deps: Deps, ctx: RequestContext, q: z.output<typeof counterpartQuerySchema>) {
  const db = deps.db;
  const year = missionYear();
  const theirs = db
    .select({
      personId: engagementParticipants.personId,
      engagementId: engagements.id,
      startsAt: engagements.startsAt,
      thisYear: sql<boolean>`extract(year from ${engagements.startsAt} at time zone ${engagements.timeZone}) = ${year}`,
    })
    .from(engagementParticipants)
    .innerJoin(engagements, eq(engagements.id, engagementParticipants.engagementId))
    .where(
      and(
        eq(engagementParticipants.side, 'theirs'),
        visibleTo(ctx, engagements),
        sql`${engagements.archivedAt} is null`,
        q.organizationId ? sql`(${engagementParticipants.postOrganizationId} = ${q.organizationId} or ${engagements.organizationIds} @> array[${q.organizationId}]::uuid[])` : undefined,
        q.party ? sql`${engagements.partyCodes} @> array[${q.party}]::text[]` : undefined,
      ),
    )
    .orderBy(sql`${engagements.startsAt} desc`)
    .limit(5000);
  const rows = await theirs;
  const engagementIds = [...new Set(rows.map((r) => r.engagementId))];
  const ours = engagementIds.length
    ? await db
        .select({ engagementId: engagementParticipants.engagementId, personId: engagementParticipants.personId })
        .from(engagementParticipants)
        .where(and(inArray(engagementParticipants.engagementId, engagementIds), eq(engagementParticipants.side, 'ours')))
    : [];
  const open = await openFollowUpCounts(db, ctx, 'engagement', engagementIds);
  const people = await personRefs(db, ctx, [...rows.map((r) => r.personId), ...ours.map((o) => o.personId)]);
  const byPerson = new Map<string, { last: (typeof rows)[number]; count: number; engagements: Set<string> }>();
  for (const r of rows) {
    const e = byPerson.get(r.personId) ?? { last: r, count: 0, engagements: new Set<string>() };
    if (r.thisYear) e.count += 1;
    e.engagements.add(r.engagementId);
    byPerson.set(r.personId, e);
  }
  const items = [...byPerson.entries()].flatMap(([personId, e]) => {
    const p = people.get(personId);
    if (!p) return [];
    const ourIds = [...new Set(ours.filter((o) => e.engagements.has(o.engagementId)).map((o) => o.personId))];
    return [
      {
        personId,
        fullName: p.fullName,
        nameRu: p.nameRu,
        ourPeople: ourIds.flatMap((id) => {
          const o = people.get(id);
          return o ? [{ personId: id, fullName: o.fullName, nameRu: o.nameRu }] : [];
        }),
        lastContactAt: e.last.startsAt.toISOString(),
        lastEngagementId: e.last.engagementId,
        contactsThisYear: e.count,
        openFollowUps: [...e.engagements].reduce((n, id) => n + (open.get(id) ?? 0), 0),
      },
    ];
  });
  return { items };
}
