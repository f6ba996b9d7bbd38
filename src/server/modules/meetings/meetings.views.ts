// Brings what is derived from a meeting (search entry, calendar item) in line with it in the same transaction.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { decisions } from '../../db/schema/meetings.table.ts';
import { followBodyOnCalendar, followMeetingOnCalendar, syncMeetingCalendar } from './meetings.calendar.ts';
import type { MeetingRow } from './meetings.repository.ts';
import { indexDecision, indexMeeting } from './meetings.search.ts';

/**
 * Brings what is derived from a meeting in line with it, in the transaction
 * that changed it: its search entry and calendar item, and when who may see
 * it changed (or it was archived), its decisions' entries and its action
 * items' calendar items.
 */
export async function syncMeetingViews(tx: Tx, m: MeetingRow, acronym: string | null, accessChanged: boolean) {
  await indexMeeting(tx, m, acronym);
  await syncMeetingCalendar(tx, m);
  await followBodyOnCalendar(tx, m.bodyId);
  if (accessChanged) {
    await followMeetingOnCalendar(tx, m);
    for (const d of await tx.select().from(decisions).where(eq(decisions.meetingId, m.id))) await indexDecision(tx, d, m);
  }
}
