// The directory's calendar items: the day each person takes up a post.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { organizations, people, posts } from '../../db/schema/directory.table.ts';
import { accessOfBoth, type CalendarItemKeyed, cancelCalendarItems, dayStart, replaceCalendarItems } from '../../platform/calendar/calendar.service.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';

/** Dates in the directory are the mission's dates: Jakarta's. */
const MISSION_TIME_ZONE = 'Asia/Jakarta';

/**
 * The directory's contribution to the calendar: the day each person takes up
 * a post. Re-derived from the stored posts whenever the person is saved;
 * posts are replaced on every save, so an item is keyed by the organisation
 * and its place among the person's dated posts there, not by the post's id.
 */
export async function syncPersonCalendar(tx: Tx, person: typeof people.$inferSelect) {
  if (person.archivedAt) return cancelCalendarItems(tx, 'person', person.id);
  const rows = await tx
    .select({
      title: posts.title,
      fromDate: posts.fromDate,
      organizationId: posts.organizationId,
      organization: {
        nameEn: organizations.nameEn,
        classification: organizations.classification,
        sharedParties: organizations.sharedParties,
        sharedOrganizations: organizations.sharedOrganizations,
        restrictedTo: organizations.restrictedTo,
      },
    })
    .from(posts)
    .innerJoin(organizations, eq(organizations.id, posts.organizationId))
    .where(and(eq(posts.personId, person.id), isNotNull(posts.fromDate)))
    .orderBy(asc(posts.organizationId), asc(posts.fromDate), asc(posts.title));
  const atOrganization = new Map<string, number>();
  const items: CalendarItemKeyed[] = rows.map((p) => {
    const n = atOrganization.get(p.organizationId) ?? 0;
    atOrganization.set(p.organizationId, n + 1);
    return {
      module: 'directory',
      itemKey: `post:${p.organizationId}:${n}`,
      groupKey: p.organizationId,
      title: text(STORED_TEXT_LANGUAGE, 'directory.calendar.takesUpPost', { post: p.title, organization: p.organization.nameEn }),
      description: person.fullName,
      startsAt: dayStart(p.fromDate as string, MISSION_TIME_ZONE),
      allDay: true,
      timeZone: MISSION_TIME_ZONE,
      url: `/people/${person.id}`,
      // The item names the organisation too: only those who may see both see it.
      access: accessOfBoth(person, p.organization),
    };
  });
  await replaceCalendarItems(tx, 'person', person.id, items);
}

/**
 * Re-derives the items of everyone with a post at an organisation: call it
 * when the organisation is renamed or re-classified, since its name is in the
 * items' titles and its access narrows theirs.
 */
export async function syncPeopleAtOrganization(tx: Tx, organizationId: string) {
  const holders = await tx
    .selectDistinct({ person: people })
    .from(posts)
    .innerJoin(people, eq(people.id, posts.personId))
    .where(eq(posts.organizationId, organizationId));
  for (const { person } of holders) await syncPersonCalendar(tx, person);
}
