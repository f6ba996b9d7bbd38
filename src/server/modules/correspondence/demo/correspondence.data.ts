// Demo correspondence: a year of notes verbales between the mission and the ASEAN Secretariat, the SCO Secretariat, the EEC and member states' missions — all INVENTED.
/**
 * Every item here is INVENTED for the demo (demo-data.md §0): plausible
 * subjects and wording, no real note. Organisations are named by their demo
 * keys (directory); consultations by theirs.
 */
export type DemoExchange = {
  key: string;
  /** Who the mission writes to (the first named is the addressee of the reply). */
  to: { org: string; party?: string; email?: string }[];
  date: string;
  subject: string;
  subjectRu?: string;
  language: 'en' | 'ru';
  body: string;
  /** The consultation the note concerns. */
  consultation?: string;
  /** How far the outgoing note went: draft, approved, dispatched (by hand or e-mail). */
  stage: 'draft' | 'approved' | 'dispatched';
  dispatch?: 'hand' | 'email';
  /** The answer received, registered against the note. */
  reply?: { date: string; subject: string; body: string; theirReference: string };
  /** Share with the addressed parties (their delegates then see it). */
  shared?: boolean;
};

export type DemoIncoming = {
  key: string;
  from: { org: string; party?: string };
  date: string;
  subject: string;
  body: string;
  theirReference: string;
  /** Days from the seeding day to the reply's due date (negative: overdue). */
  dueInDays?: number;
  assignToStaff?: boolean;
  filed?: boolean;
  shared?: boolean;
};

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join('');
const INVENTED = '(INVENTED for the demo.)';

export const demoExchanges: DemoExchange[] = [
  {
    key: 'nv-jcc-dates',
    to: [{ org: 'asec', email: 'registry@asec.example' }],
    date: '2026-01-20',
    subject: 'Proposed dates of the 23rd ASEAN–Russia Joint Cooperation Committee',
    language: 'en',
    body: p(`propose that the 23rd Meeting of the ASEAN–Russia Joint Cooperation Committee be held in Jakarta in the second half of February 2026. ${INVENTED}`),
    stage: 'dispatched',
    dispatch: 'email',
    reply: { date: '2026-01-29', subject: 'Dates of the 23rd ARJCC', body: p(`The ASEAN Secretariat confirms the dates proposed for the Joint Cooperation Committee. ${INVENTED}`), theirReference: 'ASEC/ER/26/014' },
  },
  {
    key: 'nv-energy-position',
    to: [{ org: 'asec', email: 'registry@asec.example' }],
    date: '2026-02-16',
    subject: 'Position on the draft Energy Cooperation Work Plan 2026–2030',
    language: 'en',
    body: p(`convey the comments of the Russian side on the draft ASEAN–Russia Energy Cooperation Work Plan 2026–2030, set out in the annex. ${INVENTED}`),
    consultation: 'energy-work-plan',
    stage: 'dispatched',
    dispatch: 'hand',
    reply: { date: '2026-03-02', subject: 'Acknowledgement of the comments on the Energy Work Plan', body: p(`The Secretariat has circulated the comments of the Russian Federation to the ASEAN Member States. ${INVENTED}`), theirReference: 'ASEC/ER/26/051' },
  },
  {
    key: 'nv-sco-memo',
    to: [{ org: 'sco-sec' }],
    date: '2026-03-12',
    subject: 'Contacts between the ASEAN Secretariat and the SCO Secretariat',
    subjectRu: 'О контактах между Секретариатом АСЕАН и Секретариатом ШОС',
    language: 'ru',
    body: p(`сообщить о готовности содействовать организации рабочей встречи представителей секретариатов АСЕАН и ШОС в Джакарте. ${INVENTED}`),
    stage: 'dispatched',
    dispatch: 'hand',
    reply: { date: '2026-04-03', subject: 'О рабочей встрече секретариатов', body: p(`Секретариат ШОС благодарит за предложение и предлагает провести встречу в мае 2026 года. ${INVENTED}`), theirReference: 'SCO/2026/117' },
  },
  {
    key: 'nv-eec-dialogue',
    to: [{ org: 'eec' }],
    date: '2026-04-21',
    subject: 'Briefing of ASEAN Permanent Representatives on the Eurasian Economic Union',
    subjectRu: 'Об информировании постоянных представителей АСЕАН о Евразийском экономическом союзе',
    language: 'ru',
    body: p(`предложить провести в Джакарте брифинг для Комитета постоянных представителей при АСЕАН о деятельности Евразийского экономического союза. ${INVENTED}`),
    stage: 'dispatched',
    dispatch: 'hand',
  },
  {
    key: 'nv-fellowship-circular',
    to: [
      { org: 'pm-ID', party: 'ID' },
      { org: 'pm-VN', party: 'VN' },
      { org: 'pm-TH', party: 'TH' },
      { org: 'pm-MY', party: 'MY' },
    ],
    date: '2026-05-18',
    subject: 'Nominations for the ASEAN–Russia fellowship programme 2026',
    language: 'en',
    body: p(`invite nominations of candidates for the ASEAN–Russia fellowship programme 2026 by 30 June 2026. ${INVENTED}`),
    consultation: 'fellowship-tor',
    stage: 'dispatched',
    dispatch: 'hand',
    shared: true,
    reply: { date: '2026-06-10', subject: 'Nominations of Indonesia for the fellowship programme', body: p(`The Permanent Mission of the Republic of Indonesia transmits the nominations of two candidates. ${INVENTED}`), theirReference: 'PTRI/ASEAN/26/233' },
  },
  {
    key: 'nv-disaster-guidelines',
    to: [{ org: 'asec', email: 'registry@asec.example' }],
    date: '2026-07-07',
    subject: 'Comments on the draft guidelines on disaster management cooperation',
    language: 'en',
    body: p(`transmit the comments of the EMERCOM of Russia on the draft guidelines on disaster management cooperation. ${INVENTED}`),
    consultation: 'disaster-management-guidelines',
    stage: 'dispatched',
    dispatch: 'email',
  },
  {
    key: 'nv-vn-visit',
    to: [{ org: 'pm-VN', party: 'VN' }],
    date: '2026-09-08',
    subject: 'Visit of a delegation of the Russian Energy Agency',
    language: 'en',
    body: p(`inform that a delegation of the Russian Energy Agency intends to visit the ASEAN Centre for Energy in October 2026. ${INVENTED}`),
    stage: 'approved',
    shared: true,
  },
  {
    key: 'nv-ict-roadmap',
    to: [{ org: 'asec' }],
    date: '2026-11-24',
    subject: 'Comments on the ICT cooperation roadmap',
    subjectRu: 'О комментариях к дорожной карте сотрудничества в области ИКТ',
    language: 'ru',
    body: p(`направить комментарии российской стороны к проекту дорожной карты сотрудничества в области ИКТ. ${INVENTED}`),
    consultation: 'ict-roadmap-comments',
    stage: 'draft',
  },
];

export const demoIncoming: DemoIncoming[] = [
  {
    key: 'in-asec-report',
    from: { org: 'asec' },
    date: '2026-06-02',
    subject: 'Request for the progress report of ARDPFF projects',
    body: p(`The ASEAN Secretariat requests the progress reports of the projects funded by the ARDPFF for the first half of 2026. ${INVENTED}`),
    theirReference: 'ASEC/ER/26/188',
    filed: true,
  },
  {
    key: 'in-th-invitation',
    from: { org: 'pm-TH', party: 'TH' },
    date: '2026-10-14',
    subject: 'Invitation to the reception on the occasion of the National Day',
    body: p(`The Permanent Mission of the Kingdom of Thailand to ASEAN has the honour to invite the Permanent Representative to a reception. ${INVENTED}`),
    theirReference: 'TH/ASEAN/26/311',
    filed: true,
    shared: true,
  },
  {
    key: 'in-asec-budget',
    from: { org: 'asec' },
    date: '2026-11-10',
    subject: 'Request for confirmation of the 2027 contribution to the ARDPFF',
    body: p(`The ASEAN Secretariat would be grateful for the confirmation of the contribution of the Russian Federation to the ARDPFF for 2027. ${INVENTED}`),
    theirReference: 'ASEC/ER/26/402',
    dueInDays: -4,
    assignToStaff: true,
  },
  {
    key: 'in-id-seminar',
    from: { org: 'pm-ID', party: 'ID' },
    date: '2026-11-27',
    subject: 'Seminar on maritime cooperation: request for a speaker',
    body: p(`The Permanent Mission of the Republic of Indonesia to ASEAN requests the nomination of a Russian speaker for a seminar on maritime cooperation. ${INVENTED}`),
    theirReference: 'PTRI/ASEAN/26/450',
    dueInDays: 2,
    assignToStaff: true,
    shared: true,
  },
];
