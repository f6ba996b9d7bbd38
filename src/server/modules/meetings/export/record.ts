// Loads everything a meeting record export shows, worded in the export's language and limited to what the user may see.
import { nameIn } from '../../../../shared/names.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import { itemsOfMeeting, toActionItemDto } from '../action-items.repository.ts';
import { agendaOf } from '../agenda.usecases.ts';
import { getAttendance } from '../attendance.usecases.ts';
import { decisionsOfMeeting } from '../decisions.repository.ts';
import { meetingNotFound } from '../meetings.errors.ts';
import { findMeeting } from '../meetings.repository.ts';
import { type Block, htmlToBlocks } from './html-text.ts';
import { type ExportLanguage, exportLabels, formatDate, formatSpan } from './labels.ts';
import { decisionText } from '../decisions.texts.ts';

/**
 * Everything a record export shows, already in the chosen language and in
 * plain text: what `ctx` may see of the meeting and nothing else.
 */
export async function loadMeetingRecord(deps: Deps, ctx: RequestContext, meetingId: string, lang: ExportLanguage) {
  const m = await findMeeting(deps.db, ctx, meetingId);
  if (!m) throw meetingNotFound();
  const L = exportLabels(lang);
  const [agenda, attendance, decisions, actions] = await Promise.all([
    agendaOf(deps.db, ctx, meetingId),
    getAttendance(deps, ctx, meetingId),
    decisionsOfMeeting(deps.db, ctx, meetingId),
    itemsOfMeeting(deps.db, ctx, meetingId),
  ]);
  const names = (refs: { fullName: string }[]) => refs.map((r) => r.fullName).join(', ');
  const decisionRows = decisions.map((r) => r.decision);
  return {
    lang,
    labels: L,
    title: (lang === 'ru' && m.titleRu) || m.title,
    body: m.body ? nameIn(m.body.names, lang) : null,
    facts: [
      [L.when, formatSpan(m.startsAt, m.endsAt, m.timeZone, lang)],
      ...(m.venue ? [[L.venue, m.venue]] : []),
      ...(m.onlineUrl ? [[L.online, m.onlineUrl]] : []),
      [L.format, L.formats[m.format]],
      [L.status, L.statuses[m.status]],
    ] as [string, string][],
    approval: m.approvedAt ? `${L.approved} ${formatDate(m.approvedAt.toISOString().slice(0, 10), lang)}` : L.draft,
    agenda: agenda.map((a, i) => ({
      n: i + 1,
      title: a.title,
      detail: [a.presenter?.fullName ?? a.presenterPartyCode, a.durationMinutes ? `${a.durationMinutes} ${L.minutes}` : null].filter(Boolean).join(' · '),
      minutes: htmlToBlocks(a.minutes) as Block[],
      decisions: decisionRows.filter((d) => d.agendaItemId === a.id).map((d) => d.code),
    })),
    delegations: attendance.parties.map((p) => ({
      name: p.partyName ? `${p.partyName} (${p.partyCode})` : p.partyCode,
      status: L.attendanceStatuses[p.status],
      head: p.head?.fullName ?? '',
      members: names(p.members),
    })),
    others: attendance.others.map((o) => ({ name: o.organization ? nameIn(o.organization.names, lang) : '', status: L.attendanceStatuses[o.status], head: o.head?.fullName ?? '', members: names(o.members) })),
    decisions: decisionRows.map((d) => ({ code: d.code, text: decisionText(d, lang), superseded: d.status === 'superseded' })),
    actionItems: actions.map((r) => {
      const a = toActionItemDto(r);
      return {
        title: a.title,
        owner: [a.ownerPartyCode, a.ownerOrganization ? nameIn(a.ownerOrganization.names, lang) : null, a.ownerPerson?.fullName, a.ownerUserName].filter(Boolean).join(', '),
        due: a.dueDate ? formatDate(a.dueDate, lang) : '—',
        status: L.itemStatuses[a.status],
        decision: a.decisionCode,
      };
    }),
    generatedOn: formatDate(new Date().toISOString().slice(0, 10), lang),
    fileBase: `${(m.body?.acronym ?? 'meeting').replace(/[^A-Za-z0-9-]/g, '')}-${m.number ?? m.startsAt.toISOString().slice(0, 10)}-record-${lang}`,
  };
}

export type MeetingRecord = Awaited<ReturnType<typeof loadMeetingRecord>>;
