// The demo agreements, focal points and liaison requests (demo-data.md §8, domain.md §1.8), each marked REAL, MIXED or INVENTED with its source.
import type { LiaisonStatus } from '../../../../shared/liaison.ts';

export type DemoAgreement = {
  key: string;
  names: { en: string; ru: string };
  kind: 'mou' | 'cooperation_programme';
  parties: string[];
  signatories: { personKey?: string; name: string; post: string }[];
  signedOn: string | null;
  signedAt: string | null;
  areas: string[];
  summary: string;
  validity: 'fixed_term' | 'until_terminated' | 'automatic_renewal';
  entryIntoForce: string | null;
  expiresOn: string | null;
  renewalYears?: number;
  noticeDays?: number;
  status: 'in_force' | 'expired';
  predecessorKey?: string;
  classification: 'public' | 'mission';
  provenance: 'REAL' | 'MIXED' | 'INVENTED';
  sourceUrl: string;
};

/** The legal hooks of the secretariats' contacts (domain.md §1.8) and the disaster-management MoU (demo-data.md §7, EV-05). */
export const AGREEMENTS: DemoAgreement[] = [
  {
    key: 'mou-asec-sco-2005',
    names: { en: 'Memorandum of Understanding between the ASEAN Secretariat and the SCO Secretariat', ru: 'Меморандум о взаимопонимании между Секретариатом АСЕАН и Секретариатом ШОС' },
    kind: 'mou',
    parties: ['asec', 'sco-sec'],
    signatories: [
      { name: 'Ong Keng Yong', post: 'Secretary-General of ASEAN' },
      { name: 'Zhang Deguang', post: 'Secretary-General of the SCO' },
    ],
    signedOn: '2005-04-21',
    signedAt: 'Jakarta',
    areas: ['counter-terrorism', 'transnational crime', 'counter-narcotics', 'arms trafficking', 'money laundering', 'illegal migration', 'economy', 'SG meetings'],
    summary:
      'Determines the modalities and key spheres of cooperation: combating terrorism and transnational crime, drug and arms trafficking, money laundering, illegal migration; cooperation in economy and other fields; regular meetings of the two Secretaries-General. (Exact article list UNVERIFIED — text not found.)',
    // The term is not public: the demo keeps it in force until terminated (INVENTED).
    validity: 'until_terminated',
    entryIntoForce: '2005-04-21',
    expiresOn: null,
    status: 'in_force',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://asean.org/2005/04/21',
  },
  {
    key: 'mou-asean-eec-2018',
    names: { en: 'Memorandum of Understanding between ASEAN and the Eurasian Economic Commission on Economic Cooperation', ru: 'Меморандум о взаимопонимании между АСЕАН и Евразийской экономической комиссией об экономическом сотрудничестве' },
    kind: 'mou',
    parties: ['asec', 'eec'],
    signatories: [
      { personKey: 'p-ljhoi', name: 'Lim Jock Hoi', post: 'Secretary-General of ASEAN' },
      { personKey: 'p-sargsyan', name: 'Tigran Sargsyan', post: 'Chairman of the Board, Eurasian Economic Commission' },
    ],
    signedOn: '2018-11-14',
    signedAt: 'Singapore (margins of the 3rd ASEAN-Russia Summit)',
    areas: ['customs and trade facilitation', 'SPS measures', 'technical regulations', 'e-commerce', 'services and investment', 'MSMEs'],
    summary:
      'Nine articles. Areas: customs procedures and trade facilitation; sanitary and phytosanitary measures; technical regulations; e-commerce; trade in services and investment; business development primarily for MSMEs; other agreed areas. Drafting began March 2017, finalised 1 October 2018. Implemented through the EEC–ASEAN Cooperation Programme.',
    // The term is not public: the demo keeps it in force until terminated (INVENTED).
    validity: 'until_terminated',
    entryIntoForce: '2018-11-14',
    expiresOn: null,
    status: 'in_force',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'http://aprcenter.ru/en/asia-pacific-news/2287.html',
  },
  {
    key: 'programme-eec-asean',
    names: { en: 'EEC–ASEAN Cooperation Programme (extended to 2025)', ru: 'Программа сотрудничества ЕЭК и АСЕАН (продлена до 2025 года)' },
    kind: 'cooperation_programme',
    parties: ['eec', 'asec'],
    signatories: [],
    signedOn: null,
    signedAt: null,
    areas: ['regional economic integration', 'digitalisation', 'MSMEs', 'e-commerce'],
    summary: 'Implements the 2018 MoU; extended to 2025 by a joint statement in August 2020 (seminar "Regional Economic Integration in the EAEU and the ASEAN", December 2019). Expiry date 31 December 2025 INVENTED from "to 2025".',
    validity: 'fixed_term',
    entryIntoForce: '2019-01-01',
    expiresOn: '2025-12-31',
    status: 'expired',
    predecessorKey: 'mou-asean-eec-2018',
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: 'http://eec.eaeunion.org/en/nae/news/Pages/2020-08-28-6.aspx',
  },
  {
    key: 'mou-dm-2021',
    names: { en: 'Memorandum of Understanding between ASEAN and Russia on Cooperation in Disaster Management', ru: 'Меморандум о взаимопонимании между АСЕАН и Россией о сотрудничестве в области предупреждения и ликвидации чрезвычайных ситуаций' },
    kind: 'mou',
    parties: ['asec', 'ru-emercom'],
    signatories: [
      { personKey: 'p-ljhoi', name: 'Lim Jock Hoi', post: 'Secretary-General of ASEAN' },
      { personKey: 'p-ivanov', name: 'Alexander Ivanov', post: 'Ambassador of Russia to ASEAN' },
    ],
    signedOn: '2021-02-19',
    signedAt: 'ASEAN Secretariat, Jakarta',
    areas: ['disaster management', 'humanitarian assistance'],
    summary: 'Cooperation in disaster risk reduction, response and recovery. Term, renewal and notice period INVENTED for the demo: five years, renewed automatically, six months’ notice.',
    validity: 'automatic_renewal',
    entryIntoForce: '2021-02-19',
    expiresOn: '2027-02-18',
    renewalYears: 5,
    noticeDays: 180,
    status: 'in_force',
    classification: 'mission',
    provenance: 'MIXED',
    sourceUrl: 'https://asean.org/asean-russia-sign-mou-on-disaster-management/',
  },
];

export type DemoFocalPoint = { org: string; area: string; person: string; fromDate: string; toDate?: string; classification: 'mission' | 'shared'; notes?: string };

/** Focal points at ASEC, the SCO Secretariat and the EEC (INVENTED, on the fictional officials of demo-data.md §3). */
export const FOCAL_POINTS: DemoFocalPoint[] = [
  { org: 'asec', area: 'External relations (Russia, SCO, EAEU)', person: 'asec-01', fromDate: '2021-04-01', classification: 'mission' },
  { org: 'asec', area: 'Disaster management and humanitarian assistance', person: 'asec-03', fromDate: '2023-02-01', classification: 'mission' },
  { org: 'sco-sec', area: 'Counter-narcotics', person: 'sco-01', fromDate: '2022-01-10', classification: 'shared' },
  { org: 'sco-sec', area: 'Counter-terrorism (RATS liaison)', person: 'sco-01', fromDate: '2022-01-10', classification: 'shared' },
  { org: 'eec', area: 'Cooperation Programme with ASEAN', person: 'eec-01', fromDate: '2021-10-01', classification: 'mission' },
  // The adviser's earlier desk: her focal-point term ended, so it shows as vacant.
  { org: 'eec', area: 'SPS measures and technical regulations', person: 'eec-01', fromDate: '2021-10-01', toDate: '2024-12-31', classification: 'mission', notes: 'Successor not yet named by the EEC (INVENTED).' },
];

export type DemoStep = { on: string; action: string; status?: LiaisonStatus; by?: 'liaison' };
export type DemoRequest = {
  key: string;
  target: 'sco-sec' | 'eec';
  agreement: string;
  area: string;
  subject: string;
  channel: 'note_verbale' | 'letter' | 'email' | 'meeting';
  requestedBy?: string;
  targetDate?: string;
  steps: DemoStep[];
  outcome?: string;
  internalNotes?: string;
  provenance: 'MIXED' | 'INVENTED';
  sourceUrl?: string;
};

/** LR-01…LR-08 of demo-data.md §8, in every status, with their steps (dates INVENTED unless the source gives them). */
export const REQUESTS: DemoRequest[] = [
  {
    key: 'LR-01', target: 'sco-sec', agreement: 'mou-asec-sco-2005', area: 'counter-narcotics', channel: 'note_verbale', requestedBy: 'asec-01',
    subject: 'Exchange of annual drug-situation overviews between ASEC and SCO Secretariat',
    targetDate: '2019-09-30',
    steps: [
      { on: '2019-06-03', action: 'Note verbale transmitted to the SCO Secretariat', status: 'sent' },
      { on: '2019-06-20', action: 'SCO Secretariat acknowledged receipt', status: 'acknowledged', by: 'liaison' },
      { on: '2019-09-10', action: 'SG-level talk set for the UNGA margins, New York', status: 'meeting_scheduled' },
      { on: '2019-09-26', action: 'Secretaries-General discussed narcotics in New York; overviews to be exchanged yearly', status: 'done' },
    ],
    outcome: 'Annual overviews agreed at the SG-level talk of 26 September 2019.',
    internalNotes: 'Follow up in Q1 for the 2020 overview; the SCO side prefers e-mail for working copies.',
    provenance: 'MIXED', sourceUrl: 'http://eng.sectsco.org/news/20190928/584134.html',
  },
  {
    key: 'LR-02', target: 'sco-sec', agreement: 'mou-asec-sco-2005', area: 'SG meetings', channel: 'letter',
    subject: 'Arrange SG ASEAN – SG SCO meeting on UNGA margins', targetDate: '2027-09-21',
    steps: [
      { on: '2026-10-12', action: 'Letter from the SG of ASEAN transmitted', status: 'sent' },
      { on: '2026-10-26', action: 'SCO Secretariat confirmed interest', status: 'acknowledged', by: 'liaison' },
      { on: '2026-11-25', action: 'Meeting slot agreed for the next UNGA high-level week', status: 'meeting_scheduled' },
    ],
    internalNotes: 'Head of mission to attend if the Minister is in New York.',
    provenance: 'INVENTED',
  },
  {
    key: 'LR-03', target: 'sco-sec', agreement: 'mou-asec-sco-2005', area: 'counter-terrorism', channel: 'note_verbale',
    subject: 'Briefing by SCO RATS experts for the ASEAN SOMTC working group on CT', targetDate: '2027-02-15',
    steps: [{ on: '2026-11-20', action: 'Note verbale with the SOMTC working group’s request sent', status: 'sent' }],
    internalNotes: 'Sensitive: do not mention the working group’s internal disagreement on the format.',
    provenance: 'INVENTED',
  },
  {
    key: 'LR-04', target: 'sco-sec', agreement: 'mou-asec-sco-2005', area: 'economy/ICT', channel: 'email',
    subject: 'Information on SCO digitalisation/ICT convention for ASEC digital division', targetDate: '2027-01-31',
    steps: [
      { on: '2026-10-20', action: 'E-mail request forwarded to the SCO Secretariat', status: 'sent' },
      { on: '2026-10-28', action: 'Received; the convention text will be sent after translation', status: 'acknowledged', by: 'liaison' },
    ],
    provenance: 'MIXED', sourceUrl: 'http://eng.sectsco.org/news/20190928/584134.html',
  },
  {
    key: 'LR-05', target: 'eec', agreement: 'programme-eec-asean', area: 'digitalisation', channel: 'meeting', requestedBy: 'asec-01',
    subject: 'Joint seminar "Digital Transformation in the EAEU and the ASEAN"', targetDate: '2023-10-31',
    steps: [
      { on: '2023-01-27', action: 'Proposed at the meeting of Minister Glazyev with SG Kao Kim Hourn', status: 'sent' },
      { on: '2023-02-15', action: 'EEC confirmed the seminar plan', status: 'acknowledged' },
      { on: '2023-06-01', action: 'Dates agreed', status: 'meeting_scheduled' },
      { on: '2023-09-14', action: 'Seminar held', status: 'done' },
    ],
    outcome: 'Seminar held (date INVENTED).',
    provenance: 'MIXED', sourceUrl: 'https://eec.eaeunion.org/en/news/eaes-i-asean-namereny-ukreplyat-sotrudnichestvo/',
  },
  {
    key: 'LR-06', target: 'eec', agreement: 'mou-asean-eec-2018', area: 'SPS measures', channel: 'email',
    subject: 'Expert exchange on SPS measures feeding project AR-12', targetDate: '2027-03-31', steps: [],
    internalNotes: 'Draft: wait for the AR-12 inception report before sending.',
    provenance: 'INVENTED',
  },
  {
    key: 'LR-07', target: 'eec', agreement: 'programme-eec-asean', area: 'Cooperation Programme', channel: 'note_verbale',
    subject: 'Consultations on a successor to the Cooperation Programme (extended to 2025)', targetDate: '2026-06-30',
    steps: [{ on: '2026-02-10', action: 'Note verbale proposing consultations sent', status: 'sent' }],
    internalNotes: 'Overdue: the EEC has not answered; raise at the next contact.',
    provenance: 'MIXED', sourceUrl: 'http://eec.eaeunion.org/en/nae/news/Pages/2020-08-28-6.aspx',
  },
  {
    key: 'LR-08', target: 'eec', agreement: 'mou-asean-eec-2018', area: 'MSMEs', channel: 'letter',
    subject: 'Invite ASEC to an EEC business-dialogue session at a Russian economic forum', targetDate: '2025-06-01',
    steps: [
      { on: '2025-03-03', action: 'Invitation letter sent', status: 'sent' },
      { on: '2025-03-20', action: 'ASEC declined: schedule conflict', status: 'declined' },
    ],
    outcome: 'Declined by ASEC (schedule conflict).',
    provenance: 'INVENTED',
  },
];
