// Demo consultations (invented), one in each state a user meets, timed relative to when the demo is loaded.
/**
 * Demo consultations (INVENTED): draft texts the mission circulates to the
 * delegations of the ASEAN–Russia partnership, in each state a user meets —
 * a silence procedure running, one broken, a consensus being collected, one
 * adopted, a comments round and a draft not yet circulated. Times are set
 * relative to the moment the demo is loaded, so procedures are live.
 */
export type DemoPosition = {
  party: string;
  kind: 'support' | 'no_objection' | 'reservation' | 'objection' | 'amendment' | 'no_instructions';
  reservationKind?: 'general' | 'scrutiny';
  text?: string;
};

export type DemoConsultation = {
  key: string;
  bodyKey: string;
  reference: string;
  title: string;
  titleRu?: string;
  method: 'comments' | 'consensus' | 'silence';
  positionsVisibility?: 'distribution' | 'mission';
  /** Versions in order; all but a trailing `draft: true` one are circulated. */
  versions: { content: string; note?: string; draft?: boolean }[];
  /** For comments / consensus: deadline, in days from now (at 17:00 Jakarta). */
  deadlineDays?: number;
  /** For silence: expiry in days from now (at 12:00 Jakarta). */
  silenceDays?: number;
  positions?: DemoPosition[];
  /** Demo delegates (by e-mail) who have opened the current version. */
  acknowledgedBy?: string[];
  comments?: { missionOnly?: boolean; body: string }[];
  circulate?: boolean;
};

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join('');

export const demoConsultations: DemoConsultation[] = [
  {
    key: 'energy-work-plan',
    bodyKey: 'arjcc',
    reference: 'ARJCC/2026/SP-03',
    title: 'ASEAN–Russia Energy Cooperation Work Plan 2026–2030',
    titleRu: 'План работы АСЕАН–Россия по энергетическому сотрудничеству на 2026–2030 гг.',
    method: 'silence',
    versions: [
      {
        content: p(
          'The ASEAN Member States and the Russian Federation agree to cooperate in the fields of energy security, civilian nuclear energy, renewable energy and energy efficiency over the period 2026–2030.',
          'The Parties will hold an annual Senior Officials Meeting on Energy and report progress to the Joint Cooperation Committee.',
          'Activities will be funded from the ASEAN–Russian Federation Dialogue Partnership Financial Fund, subject to its procedures.',
        ),
      },
      {
        note: 'Capacity-building added; reporting made annual',
        content: p(
          'The ASEAN Member States and the Russian Federation agree to cooperate in the fields of energy security, civilian nuclear energy, renewable energy, energy efficiency and capacity building over the period 2026–2030.',
          'The Parties will hold an annual Senior Officials Meeting on Energy and report progress every year to the Joint Cooperation Committee.',
          'Activities will be funded from the ASEAN–Russian Federation Dialogue Partnership Financial Fund, subject to its procedures and to the availability of funds.',
        ),
      },
    ],
    silenceDays: 6,
    positions: [
      { party: 'MY', kind: 'no_objection' },
      { party: 'SG', kind: 'no_objection' },
      { party: 'TH', kind: 'reservation', reservationKind: 'scrutiny', text: 'Parliamentary scrutiny reservation pending review by the Ministry of Energy.' },
      { party: 'RU', kind: 'support' },
    ],
    acknowledgedBy: ['delegate.vn@chancery.test'],
    comments: [
      { body: 'Version 2 takes up the capacity-building wording proposed at the last ARJCC.' },
      { missionOnly: true, body: 'Thailand expects to lift its scrutiny reservation before expiry; follow up with their desk officer.' },
    ],
  },
  {
    key: 'fellowship-tor',
    bodyKey: 'stwg',
    reference: 'STWG/2026/03',
    title: 'Terms of reference: ASEAN–Russia Science and Technology Fellowship',
    titleRu: 'Положение о стипендиальной программе АСЕАН–Россия в области науки и технологий',
    method: 'silence',
    versions: [
      {
        content: p(
          'Up to twenty fellowships a year are offered to early-career researchers from ASEAN Member States for research stays of three to six months at Russian universities and institutes.',
          'Candidates are nominated by the national focal points and selected by a joint panel.',
        ),
      },
    ],
    silenceDays: 4,
    positions: [
      { party: 'KH', kind: 'no_objection' },
      { party: 'PH', kind: 'amendment', text: 'Up to thirty fellowships a year, with at least half reserved for women researchers.' },
    ],
    acknowledgedBy: ['delegate.id@chancery.test', 'delegate.vn@chancery.test'],
  },
  {
    key: 'cochairs-statement',
    bodyKey: 'arjcc',
    reference: 'ARJCC/2026/CS-24',
    title: 'Co-Chairs’ statement of the 24th ASEAN–Russia Joint Cooperation Committee',
    titleRu: 'Заявление сопредседателей 24-го заседания Совместного комитета по сотрудничеству АСЕАН–Россия',
    method: 'consensus',
    versions: [
      {
        content: p(
          'The 24th Meeting of the ASEAN–Russia Joint Cooperation Committee was held at the ASEAN Secretariat in Jakarta and co-chaired by the Permanent Representatives.',
          'The Meeting welcomed the progress of cooperation projects funded by the ASEAN–Russian Federation Dialogue Partnership Financial Fund and encouraged the timely completion of ongoing projects.',
        ),
      },
    ],
    deadlineDays: 3,
    positions: [
      { party: 'RU', kind: 'support' },
      { party: 'BN', kind: 'support' },
      { party: 'LA', kind: 'no_objection' },
      { party: 'MM', kind: 'no_instructions' },
    ],
  },
  {
    key: 'disaster-management-guidelines',
    bodyKey: 'arjcc',
    reference: 'ARJCC/2026/SP-01',
    title: 'Guidelines for joint disaster-management exercises',
    titleRu: 'Руководящие принципы проведения совместных учений по ликвидации последствий стихийных бедствий',
    method: 'consensus',
    positionsVisibility: 'mission',
    versions: [
      {
        content: p(
          'Joint exercises are planned a year ahead through the AHA Centre and notified to all Member States.',
          'Each exercise concludes with a lessons-learnt report shared with the ASEAN Committee on Disaster Management.',
        ),
      },
    ],
    deadlineDays: 10,
    positions: [
      { party: 'BN', kind: 'support' },
      { party: 'KH', kind: 'support' },
      { party: 'ID', kind: 'no_objection' },
      { party: 'LA', kind: 'support' },
      { party: 'MY', kind: 'no_objection' },
      { party: 'MM', kind: 'support' },
      { party: 'PH', kind: 'support' },
      { party: 'SG', kind: 'reservation', reservationKind: 'general', text: 'Singapore’s participation in each exercise remains subject to national approval.' },
      { party: 'TH', kind: 'support' },
      { party: 'VN', kind: 'no_objection' },
      { party: 'TL', kind: 'support' },
      { party: 'RU', kind: 'support' },
    ],
  },
  {
    key: 'ict-roadmap-comments',
    bodyKey: 'ict',
    reference: 'ICT/2026/R-02',
    title: 'Digital cooperation roadmap: call for comments',
    titleRu: 'Дорожная карта цифрового сотрудничества: сбор замечаний',
    method: 'comments',
    versions: [
      {
        content: p(
          'The roadmap covers information security, digital skills, e-government services and the interoperability of national digital identity systems.',
          'Delegations are invited to comment on the priorities and the sequencing of activities.',
        ),
      },
    ],
    deadlineDays: 14,
    comments: [{ body: 'Please send comments on the sequencing of activities in part 3 in particular.' }],
  },
  {
    key: 'culture-programme-draft',
    bodyKey: 'culture',
    reference: 'CULT/2027/01',
    title: 'ASEAN–Russia cultural programme 2027 (draft)',
    titleRu: 'Программа культурного сотрудничества АСЕАН–Россия на 2027 год (проект)',
    method: 'consensus',
    versions: [{ content: p('Draft programme of cultural events for 2027: festivals, exhibitions and youth exchanges.'), draft: true }],
    circulate: false,
  },
];
