// The consultations module's calendar items: a consultation's deadline and the instant its running silence procedure ends.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { consultations } from '../../db/schema/consultations.table.ts';
import { type CalendarItemKeyed, replaceCalendarItems } from '../../platform/calendar/calendar.service.ts';
import { text } from '../../platform/i18n/texts.ts';
import { latestProcedures } from './consultations.repository.ts';

/**
 * An open consultation is on the calendar at its deadline (comments or
 * consensus), and while a silence procedure runs, at the exact instant it
 * ends, in the procedure's zone. Both carry the consultation's access, so
 * only those on its distribution see them; anything else is cancelled.
 * Reads the consultation afresh: call it after the change, in its transaction.
 */
export async function syncConsultationCalendar(tx: Tx, consultationId: string) {
  const [c] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
  if (!c) return;
  const items: CalendarItemKeyed[] = [];
  const titled = (key: string) => ({
    title: text('en', key, { title: c.title }),
    titles: { en: text('en', key, { title: c.title }), ru: text('ru', key, { title: c.titleRu ?? c.title }) },
  });
  const open = c.status === 'open' && !c.archivedAt;
  const base = { module: 'consultations', groupKey: null, description: c.reference, url: `/consultations/${c.id}`, access: c } as const;
  if (open && c.deadline && c.method !== 'silence') {
    items.push({ ...base, itemKey: 'deadline', kind: 'consultation_deadline', ...titled('consultations.calendar.deadline'), startsAt: c.deadline, timeZone: c.timeZone });
  }
  const procedure = (await latestProcedures(tx, [c.id])).get(c.id);
  if (open && procedure?.status === 'running') {
    items.push({ ...base, itemKey: 'silence', kind: 'silence_expiry', ...titled('consultations.calendar.silenceEnds'), startsAt: procedure.expiresAt, timeZone: procedure.timeZone });
  }
  await replaceCalendarItems(tx, 'consultation', c.id, items);
}
