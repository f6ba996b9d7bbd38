// Demo meetings with agendas, minutes, decisions, action items and attendance.
/**
 * Demo meetings: the committee sessions CS-01…CS-13 of demo-data.md §6 and a
 * few more sessions of the sectoral mechanisms, with agendas, minutes,
 * decisions, action items and attendance. Dates and venues of REAL sessions
 * are sourced; times of day are filler. Agendas, minutes, decisions and
 * action items are INVENTED throughout (demo-data.md §6), so a REAL session
 * that carries them is MIXED.
 */
import { ASEAN_MEMBERS } from './bodies.data.ts';

type Prov = { provenance: 'REAL' | 'MIXED' | 'INVENTED' | 'UNVERIFIED'; sourceUrl?: string };
type Status = 'planned' | 'convened' | 'concluded' | 'record_approved' | 'cancelled';

export type DemoAgendaItem = { title: string; presenterPartyCode?: string; presenterKey?: string; durationMinutes?: number; minutes?: string; decisions?: string[] };
export type DemoActionItem = { title: string; ownerPartyCode?: string; ownerOrgKey?: string; ownerEmail?: string; dueDate?: string; status?: 'open' | 'done' | 'dropped'; decision?: number };
export type DemoAttendance = {
  parties: { partyCode: string; status: 'present' | 'absent' | 'apologies'; headKey?: string; memberKeys?: string[] }[];
  others?: { orgKey: string; status: 'present' | 'absent' | 'apologies'; headKey?: string; note?: string }[];
};
export type DemoSession = Prov & {
  key: string;
  bodyKey: string;
  number?: number;
  title: string;
  titleRu?: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue?: string;
  format: 'in_person' | 'online' | 'hybrid';
  status: Status;
  classification: 'public' | 'mission' | 'shared' | 'restricted';
  sharedParties?: string[];
  restrictedToEmails?: string[];
  agenda?: DemoAgendaItem[];
  actionItems?: DemoActionItem[];
  attendance?: DemoAttendance;
};

const ALL_MEMBERS = [...ASEAN_MEMBERS, 'RU'];
/** Every member state present, headed by its Permanent Representative, and Russia by its own. */
const fullHouse = (absent: Record<string, 'absent' | 'apologies'> = {}, members = ASEAN_MEMBERS): DemoAttendance => ({
  parties: [
    ...members.map((code) => ({ partyCode: code, status: absent[code] ?? ('present' as const), headKey: absent[code] ? undefined : `pr-${code}` })),
    { partyCode: 'RU', status: 'present', headKey: 'p-zagaynov', memberKeys: ['s-01', 's-02'] },
  ],
  others: [{ orgKey: 'asec', status: 'present', headKey: 'asec-01', note: 'ASEAN Secretariat' }],
});

export const sessions: DemoSession[] = [
  {
    key: 'CS-01', bodyKey: 'arjcc', number: 1,
    title: '1st ASEAN–Russia Joint Cooperation Committee', titleRu: '1-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '1997-06-05T10:00:00+04:00', endsAt: '1997-06-06T17:00:00+04:00', timeZone: 'Europe/Moscow', venue: 'Moscow',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://asean.org/?static_post=joint-press-release-the-first-asean-russia-joint-cooperation-committee-meeting-moscow-5-6-june-1997',
  },
  {
    key: 'CS-02', bodyKey: 'arsom', number: 16,
    title: '16th ASEAN–Russia Senior Officials’ Meeting', titleRu: '16-е совещание старших должностных лиц АСЕАН–Россия',
    startsAt: '2019-02-20T09:00:00+08:00', endsAt: '2019-02-20T17:00:00+08:00', timeZone: 'Asia/Makassar', venue: 'Bali',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://baliekbis.com/dihadiri-10-negara-pertemuan-ke-16-arsom-bahas-kejahatan-lintas-batas-negara',
  },
  {
    key: 'CS-03', bodyKey: 'arjcc', number: 18,
    title: '18th ASEAN–Russia Joint Cooperation Committee', titleRu: '18-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '2020-03-13T09:30:00+07:00', endsAt: '2020-03-13T16:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Secretariat, Jakarta',
    format: 'in_person', status: 'record_approved', classification: 'shared', sharedParties: ALL_MEMBERS,
    provenance: 'MIXED', sourceUrl: 'https://en.vietnamplus.vn/asean-russia-vow-to-deepen-strategic-partnership/170100.vnp',
    agenda: [
      { title: 'Review of CPA 2016–2020 implementation', presenterPartyCode: 'ID', minutes: '<p>The Committee noted that 92 of the 139 action lines of the CPA 2016–2020 had been launched.</p>' },
      { title: 'ARDPFF financial report', presenterPartyCode: 'RU', minutes: '<p>The Committee took note of the balance of the Fund of USD 7,200,000 as of 31 January 2020.</p>', decisions: ['The Committee took note of the ARDPFF financial report as of 31 January 2020.'] },
    ],
  },
  {
    key: 'CS-04', bodyKey: 'arsom', number: 17,
    title: '17th ASEAN–Russia Senior Officials’ Meeting', titleRu: '17-е совещание старших должностных лиц АСЕАН–Россия',
    startsAt: '2021-01-26T14:00:00+07:00', endsAt: '2021-01-26T17:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'Videoconference',
    format: 'online', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://asean.org/asean-russia-to-strengthen-strategic-partnership-2',
  },
  {
    key: 'CS-05', bodyKey: 'arjcc', number: 19,
    title: '19th ASEAN–Russia Joint Cooperation Committee', titleRu: '19-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '2021-04-02T14:00:00+07:00', endsAt: '2021-04-02T17:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'Videoconference',
    format: 'online', status: 'record_approved', classification: 'shared', sharedParties: ALL_MEMBERS,
    provenance: 'MIXED', sourceUrl: 'https://en.vietnamplus.vn/asean-russia-look-to-further-deepen-strategic-partnership/200174.vnp',
  },
  {
    key: 'CS-06', bodyKey: 'arjpmc', number: 20,
    title: '20th ASEAN–Russia Joint Planning and Management Committee', titleRu: '20-е заседание Совместного комитета по планированию и управлению АСЕАН–Россия',
    startsAt: '2022-03-25T14:00:00+07:00', endsAt: '2022-03-25T17:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'Videoconference',
    format: 'online', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://asean.mgimo.ru/en/news/2022/joint-committees-03-22',
  },
  {
    key: 'CS-07', bodyKey: 'arjcc', number: 21,
    title: '21st ASEAN–Russia Joint Cooperation Committee', titleRu: '21-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '2023-04-04T09:30:00+07:00', endsAt: '2023-04-04T16:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Secretariat, Jakarta',
    format: 'in_person', status: 'record_approved', classification: 'shared', sharedParties: ALL_MEMBERS,
    provenance: 'MIXED', sourceUrl: 'https://www.mid.ru/ru/foreign_policy/rso/asean/1862290/?lang=en',
    attendance: fullHouse({}, ASEAN_MEMBERS.filter((c) => c !== 'TL')),
    agenda: [
      { title: 'Adoption of the agenda', durationMinutes: 5 },
      { title: 'Review of CPA 2021–2025 implementation', presenterPartyCode: 'KH', durationMinutes: 60, minutes: '<p>The Committee reviewed progress under the three pillars of the CPA 2021–2025 and welcomed the launch of the ASEAN–Russia Year of Scientific and Technical Cooperation.</p>' },
      {
        title: 'Consideration of new project proposals AR-08, AR-09, AR-12',
        presenterPartyCode: 'RU',
        durationMinutes: 90,
        minutes: '<p>The Committee considered the proposals.</p><ul><li><p>AR-08 and AR-09 were referred back for a revised budget.</p></li><li><p>AR-12 was welcomed in principle.</p></li></ul>',
      },
      { title: 'Approval of project AR-10', presenterPartyCode: 'RU', durationMinutes: 30, minutes: '<p>The Committee <strong>approved</strong> project AR-10 for funding under the ARDPFF.</p>', decisions: ['The Committee approved project AR-10 for funding under the ASEAN–Russia Dialogue Partnership Financial Fund.'] },
    ],
    actionItems: [
      { title: 'Proponents of AR-08 and AR-09 to submit revised budgets', ownerPartyCode: 'RU', ownerEmail: 'staff@chancery.test', dueDate: '2023-07-31', status: 'done' },
      { title: 'ASEAN Secretariat to circulate the AR-10 implementation schedule', ownerOrgKey: 'asec', dueDate: '2023-06-30', decision: 1 },
      { title: 'Prepare a concept note on AR-12 for the next meeting', ownerPartyCode: 'KH', dueDate: '2024-03-31' },
    ],
  },
  {
    key: 'CS-08', bodyKey: 'arsom', number: 19,
    title: '19th ASEAN–Russia Senior Officials’ Meeting', titleRu: '19-е совещание старших должностных лиц АСЕАН–Россия',
    startsAt: '2023-04-27T09:00:00+07:00', endsAt: '2023-04-28T13:00:00+07:00', timeZone: 'Asia/Phnom_Penh', venue: 'Siem Reap',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://en.dangcongsan.vn/asean-and-the-world/asean-russia-commit-to-strengthening-strategic-partnership-604238.html',
  },
  {
    key: 'CS-09', bodyKey: 'arsom', number: 20,
    title: '20th ASEAN–Russia Senior Officials’ Meeting', titleRu: '20-е совещание старших должностных лиц АСЕАН–Россия',
    startsAt: '2024-04-26T10:00:00+03:00', endsAt: '2024-04-26T17:00:00+03:00', timeZone: 'Europe/Moscow', venue: 'St Petersburg',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://mid.ru/en/foreign_policy/news/1963332',
  },
  {
    key: 'CS-10', bodyKey: 'pmc',
    title: 'ASEAN Post-Ministerial Conference with Russia (2024)', titleRu: 'Постминистерская конференция АСЕАН–Россия (2024)',
    startsAt: '2024-07-26T09:00:00+07:00', endsAt: '2024-07-26T12:00:00+07:00', timeZone: 'Asia/Vientiane', venue: 'Vientiane',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://tgchannels.org/channel/aseanrussia?first=-60&lang=all&start=1191',
  },
  {
    key: 'CS-11', bodyKey: 'arjcc', number: 23,
    title: '23rd ASEAN–Russia Joint Cooperation Committee', titleRu: '23-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '2026-03-18T09:30:00+07:00', endsAt: '2026-03-18T16:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Secretariat, Jakarta',
    format: 'in_person', status: 'concluded', classification: 'shared', sharedParties: ALL_MEMBERS,
    provenance: 'INVENTED',
    attendance: fullHouse({ PH: 'apologies' }),
    agenda: [
      { title: 'Adoption of the agenda', presenterPartyCode: 'MM', durationMinutes: 5, minutes: '<p>The agenda was adopted.</p>' },
      { title: 'Review of CPA 2021–2025 implementation', presenterPartyCode: 'MM', durationMinutes: 60, minutes: '<p>The Committee reviewed the final year of the CPA 2021–2025 and noted the lines still in progress.</p>' },
      { title: 'ARDPFF financial report', presenterPartyCode: 'RU', presenterKey: 's-02', durationMinutes: 30, minutes: '<p>The Committee took note of the ARDPFF financial statement 2025.</p>', decisions: ['The Committee took note of the ARDPFF financial statement for 2025.'] },
      { title: 'Consideration of new project proposals AR-08, AR-09, AR-12', presenterPartyCode: 'RU', durationMinutes: 90, minutes: '<p>The Committee approved AR-18 and asked for further work on AR-12.</p>', decisions: ['The Committee approved project AR-18 for funding under the ARDPFF.'] },
      { title: 'Preparation of the next CPA (2026–2030)', presenterPartyCode: 'MM', durationMinutes: 45, minutes: '<p>The Committee agreed to finalise the draft CPA 2026–2030 for the Post-Ministerial Conference.</p>' },
    ],
    actionItems: [
      { title: 'Circulate the draft CPA 2026–2030 to all delegations', ownerEmail: 'staff@chancery.test', ownerPartyCode: 'RU', dueDate: '2026-12-04' },
      { title: 'Nominate focal points for project AR-18', ownerPartyCode: 'ID', dueDate: '2026-05-15', decision: 2 },
      { title: 'Submit the revised AR-12 proposal', ownerPartyCode: 'VN', dueDate: '2027-01-31' },
    ],
  },
  {
    key: 'CS-12', bodyKey: 'arjpmc', number: 24,
    title: '24th ASEAN–Russia Joint Planning and Management Committee', titleRu: '24-е заседание Совместного комитета по планированию и управлению АСЕАН–Россия',
    startsAt: '2026-03-17T10:00:00+07:00', endsAt: '2026-03-17T15:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Secretariat, Jakarta',
    format: 'hybrid', status: 'concluded', classification: 'mission',
    provenance: 'INVENTED',
    agenda: [{ title: 'Project completion report AR-05', presenterPartyCode: 'RU', minutes: '<p>The completion report of AR-05 was reviewed and found complete.</p>', decisions: ['Project AR-05 is closed; the unspent balance returns to the Fund.'] }],
  },
  {
    key: 'CS-13', bodyKey: 'internal',
    title: 'Mission internal: pre-JCC coordination', titleRu: 'Внутреннее совещание Постпредства перед СКС',
    startsAt: '2026-03-10T10:00:00+07:00', endsAt: '2026-03-10T11:30:00+07:00', timeZone: 'Asia/Jakarta', venue: 'Permanent Mission, Jakarta',
    format: 'in_person', status: 'record_approved', classification: 'restricted', restrictedToEmails: ['staff@chancery.test'],
    provenance: 'INVENTED',
    agenda: [{ title: 'Line to take on AR-12', presenterKey: 's-01', minutes: '<p>Support AR-12 in principle; ask for a revised budget.</p>' }],
    actionItems: [{ title: 'Brief the Permanent Representative before the JCC', ownerEmail: 'staff@chancery.test', dueDate: '2026-03-16', status: 'done' }],
  },
  // ---- beyond demo-data.md §6: other mechanisms and the next sessions ----
  {
    key: 'X-01', bodyKey: 'arjcc', number: 24,
    title: '24th ASEAN–Russia Joint Cooperation Committee', titleRu: '24-е заседание Совместного комитета сотрудничества АСЕАН–Россия',
    startsAt: '2027-03-17T09:30:00+07:00', endsAt: '2027-03-17T16:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Secretariat, Jakarta',
    format: 'in_person', status: 'planned', classification: 'shared', sharedParties: ALL_MEMBERS,
    provenance: 'INVENTED',
  },
  {
    key: 'X-02', bodyKey: 'energy', number: 1,
    title: 'ASEAN–Russia energy consultations (SOME–Russia)', titleRu: 'Консультации АСЕАН–Россия по энергетике',
    startsAt: '2023-08-24T09:00:00+07:00', endsAt: '2023-08-24T12:30:00+07:00', timeZone: 'Asia/Jakarta', venue: 'ASEAN Centre for Energy, Jakarta',
    format: 'hybrid', status: 'record_approved', classification: 'public',
    provenance: 'INVENTED',
    agenda: [{ title: 'Energy statistics cooperation between the Russian Energy Agency and ACE', presenterPartyCode: 'RU', minutes: '<p>The meeting agreed to prepare a joint workshop on gas statistics.</p>', decisions: ['Hold a joint ACE–REA workshop on gas statistics.'] }],
    actionItems: [{ title: 'Propose dates for the gas statistics workshop', ownerOrgKey: 'ru-rea', dueDate: '2024-03-31', decision: 1 }],
  },
  {
    key: 'X-03', bodyKey: 'stwg',
    title: 'Meeting of the Russia–ASEAN Working Group on Science and Technology Cooperation', titleRu: 'Заседание Рабочей группы Россия–АСЕАН по научно-техническому сотрудничеству',
    startsAt: '2019-11-14T10:00:00+03:00', endsAt: '2019-11-14T17:00:00+03:00', timeZone: 'Europe/Moscow', venue: 'Moscow',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'MIXED', sourceUrl: 'https://www.urdupoint.com/en/world/russia-asean-working-group-on-science-techno-752533.html',
  },
  {
    key: 'X-04', bodyKey: 'armmaf', number: 6,
    title: '6th ASEAN–Russia Ministerial Meeting on Agriculture and Forestry', titleRu: '6-я встреча министров сельского и лесного хозяйства АСЕАН–Россия',
    startsAt: '2021-10-27T14:00:00+07:00', endsAt: '2021-10-27T16:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'Videoconference',
    format: 'online', status: 'record_approved', classification: 'public',
    provenance: 'MIXED', sourceUrl: 'https://www.gnlm.com.mm/myanmar-delegations-attend-42nd-amaf-20th-amaf-plus-3-and-6th-armmaf-meetings/amp/',
  },
  {
    key: 'X-05', bodyKey: 'culture', number: 1,
    title: '1st ASEAN–Russia Culture Ministers’ Meeting', titleRu: '1-я встреча министров культуры АСЕАН–Россия',
    startsAt: '2016-05-19T10:00:00+03:00', endsAt: '2016-05-19T13:00:00+03:00', timeZone: 'Europe/Moscow', venue: 'Sochi',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://opera.liputan6.com/global/read/3033753/rusia-akan-buka-perwakilan-untuk-asean-di-jakarta',
  },
  {
    key: 'X-06', bodyKey: 'transport',
    title: 'ASEAN–Russia Transport Ministers’ Meeting', titleRu: 'Встреча министров транспорта АСЕАН–Россия',
    startsAt: '2016-12-09T10:00:00+03:00', endsAt: '2016-12-09T13:00:00+03:00', timeZone: 'Europe/Moscow', venue: 'Moscow',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'http://www.eaglenews.ph/asean-russia-transport-ministers-issue-joint-declaration-on-transport-cooperation/',
  },
  {
    key: 'X-07', bodyKey: 'pmc',
    title: 'ASEAN Post-Ministerial Conference with Russia (2026)', titleRu: 'Постминистерская конференция АСЕАН–Россия (2026)',
    startsAt: '2026-07-24T09:00:00+08:00', endsAt: '2026-07-24T12:00:00+08:00', timeZone: 'Asia/Manila', venue: 'Manila',
    format: 'in_person', status: 'concluded', classification: 'public',
    provenance: 'INVENTED',
  },
  {
    key: 'X-08', bodyKey: 'arsom', number: 22,
    title: '22nd ASEAN–Russia Senior Officials’ Meeting', titleRu: '22-е совещание старших должностных лиц АСЕАН–Россия',
    startsAt: '2027-04-22T09:00:00+07:00', endsAt: '2027-04-22T17:00:00+07:00', timeZone: 'Asia/Jakarta', venue: 'To be confirmed',
    format: 'in_person', status: 'planned', classification: 'shared', sharedParties: ['MM', 'RU'],
    provenance: 'INVENTED',
  },
  {
    key: 'X-09', bodyKey: 'summit',
    title: '3rd ASEAN–Russia Summit', titleRu: '3-й саммит АСЕАН–Россия',
    startsAt: '2018-11-14T14:00:00+08:00', endsAt: '2018-11-14T16:00:00+08:00', timeZone: 'Asia/Singapore', venue: 'Singapore',
    format: 'in_person', status: 'record_approved', classification: 'public',
    provenance: 'REAL', sourceUrl: 'https://www.channelnewsasia.com/news/singapore/asean-and-russia-can-explore-cooperation-in-digital-technology-10930422',
  },
];
