// The demo engagements (demo-data.md §7) and gifts (§9): REAL ones with their sources, the rest INVENTED and marked so.
import type { EngagementKind, GiftCategory, GiftDirection, GiftDisposition } from '../../../../shared/dialogue.ts';

export type DemoEngagement = {
  key: string;
  kind: EngagementKind;
  title: string;
  startsAt: string;
  endsAt?: string;
  place: string;
  ours: string[];
  theirs: string[];
  orgKeys: string[];
  parties: string[];
  topics: string[];
  summary?: string;
  outcomes?: string;
  classification?: 'mission' | 'restricted' | 'shared';
  sharedWith?: string[];
  followUps?: { title: string; ownerEmail: string; dueDate: string }[];
  provenance: 'REAL' | 'INVENTED' | 'MIXED';
  sourceUrl?: string;
};

export const ENGAGEMENTS: DemoEngagement[] = [
  {
    key: 'EV-02',
    kind: 'visit_meeting',
    title: 'FM Lavrov meets Secretary-General Le Luong Minh',
    startsAt: '2017-08-09T14:00:00+07:00',
    place: 'ASEAN Secretariat, Jakarta',
    ours: ['p-lavrov', 'p-ivanov'],
    theirs: ['p-llminh'],
    orgKeys: ['asec'],
    parties: [],
    topics: ['mission opening', 'ASEAN–SCO', 'ASEAN–EAEU'],
    summary: '<p>Talks on the day the Permanent Mission opened. The Minister asked the Mission to facilitate contacts between the ASEAN and SCO secretariats and between ASEAN and the Eurasian Economic Union.</p>',
    outcomes: 'Bouquet statuette presented (G-01); to be kept at the ASEAN headquarters.',
    provenance: 'REAL',
    sourceUrl: 'https://tass.com/politics/959700',
  },
  {
    key: 'EV-07',
    kind: 'courtesy_call',
    title: 'Courtesy call: Ambassador Zagaynov on Deputy Secretary-General Michael Tene',
    startsAt: '2023-07-05T10:00:00+07:00',
    place: 'ASEAN Secretariat, Jakarta',
    ours: ['p-zagaynov'],
    theirs: ['p-tene'],
    orgKeys: ['asec'],
    parties: [],
    topics: ['political-security', 'PMC preparations'],
    outcomes: 'Preparations for the Post-Ministerial Conference reviewed (time of day INVENTED).',
    provenance: 'REAL',
    sourceUrl: 'https://asean.org/',
  },
  {
    key: 'EV-08',
    kind: 'meeting',
    title: 'FM Lavrov – SG Kao Kim Hourn talks',
    startsAt: '2023-07-12T16:00:00+07:00',
    place: 'Jakarta',
    ours: ['p-lavrov', 'p-zagaynov'],
    theirs: ['p-kkhourn'],
    orgKeys: ['asec'],
    parties: [],
    topics: ['strategic partnership', 'protocol'],
    outcomes: 'Portrait matryoshka presented to the Secretary-General (G-02).',
    provenance: 'REAL',
    sourceUrl: 'https://tass.ru/obschestvo/18256701',
  },
  {
    key: 'EV-D1',
    kind: 'courtesy_call',
    title: 'Courtesy call on the Secretary-General: AR-18 and the ARJCC',
    startsAt: '2026-03-04T10:00:00+07:00',
    endsAt: '2026-03-04T10:45:00+07:00',
    place: 'ASEAN Secretariat, Jakarta',
    ours: ['p-zagaynov', 's-01'],
    theirs: ['p-kkhourn'],
    orgKeys: ['asec'],
    parties: [],
    topics: ['disaster management', 'ARJCC'],
    summary: '<p>The Secretary-General welcomed the AR-18 training launch and asked for the draft ARJCC agenda.</p>',
    outcomes: 'The ASEC will circulate the draft agenda of the ARJCC to the CPR.',
    followUps: [{ title: 'Send the ASEC our comments on the draft ARJCC agenda', ownerEmail: 'staff@chancery.test', dueDate: '2026-03-11' }],
    provenance: 'INVENTED',
  },
  {
    key: 'EV-D2',
    kind: 'meeting',
    title: 'Meeting with the Permanent Representative of Viet Nam on AR-13',
    startsAt: '2026-10-14T15:00:00+07:00',
    place: 'Permanent Mission of Viet Nam to ASEAN',
    ours: ['s-01'],
    theirs: ['pr-VN'],
    orgKeys: ['pm-VN'],
    parties: ['VN'],
    topics: ['AR-13', 'education'],
    outcomes: 'Viet Nam will confirm the venue of the AR-13 workshop.',
    classification: 'shared',
    sharedWith: ['VN'],
    followUps: [{ title: 'Share the AR-13 concept note with the Vietnamese side', ownerEmail: 'staff@chancery.test', dueDate: '2026-12-18' }],
    provenance: 'INVENTED',
  },
  {
    key: 'EV-D3',
    kind: 'demarche',
    title: 'Démarche to the CPR Chair on the ASEAN–Russia statement',
    startsAt: '2026-11-20T11:00:00+07:00',
    place: 'ASEAN Secretariat, Jakarta',
    ours: ['p-zagaynov'],
    theirs: ['pr-MM'],
    orgKeys: ['asean-cpr'],
    parties: ['MM'],
    topics: ['statement'],
    outcomes: 'Position conveyed.',
    classification: 'restricted',
    provenance: 'INVENTED',
  },
  {
    key: 'EV-D4',
    kind: 'working_lunch',
    title: 'Working lunch with the Permanent Representative of Indonesia',
    startsAt: '2026-09-02T12:30:00+07:00',
    place: 'Jakarta',
    ours: ['p-zagaynov', 's-02'],
    theirs: ['pr-ID'],
    orgKeys: ['pm-ID'],
    parties: ['ID'],
    topics: ['country coordinator', 'ARJCC'],
    outcomes: 'Indonesia supports holding the next NARTT meeting in Jakarta.',
    followUps: [{ title: 'Draft the NARTT concept for the coordinator', ownerEmail: 'staff@chancery.test', dueDate: '2026-11-30' }],
    provenance: 'INVENTED',
  },
];

export type DemoGift = {
  key: string;
  direction: GiftDirection;
  date: string;
  engagementKey?: string;
  occasion: string;
  place: string;
  donorPerson?: string;
  donorOrg?: string;
  donorParty?: string;
  donorName?: string;
  recipientPerson?: string;
  recipientOrg?: string;
  recipientParty?: string;
  recipientName?: string;
  description: string;
  category: GiftCategory;
  value: { amountMinor: number; currency: string } | null;
  valuationMethod?: string;
  circumstances?: string;
  disposition: GiftDisposition;
  location?: string;
  provenance: 'REAL' | 'INVENTED';
  sourceUrl?: string;
};

export const GIFTS: DemoGift[] = [
  {
    key: 'G-01',
    direction: 'given',
    date: '2017-08-09',
    engagementKey: 'EV-02',
    occasion: 'Opening of the Permanent Mission; talks with the Secretary-General',
    place: 'ASEAN Secretariat, Jakarta',
    donorPerson: 'p-lavrov',
    donorParty: 'RU',
    recipientPerson: 'p-llminh',
    recipientOrg: 'asec',
    description: 'Bouquet statuette: rice stalks (symbol of ASEAN), the ten member states’ national flowers and a chamomile (symbol of Russia)',
    category: 'art',
    value: null,
    circumstances: 'Presented by the Minister; value, material and maker unknown (date assumed: the day of the talks).',
    disposition: 'on_display',
    location: 'ASEAN headquarters (ASEAN Secretariat, Jakarta)',
    provenance: 'REAL',
    sourceUrl: 'https://tass.com/politics/959700',
  },
  {
    key: 'G-02',
    direction: 'given',
    date: '2023-07-12',
    engagementKey: 'EV-08',
    occasion: 'Talks of FM Lavrov with SG Kao Kim Hourn',
    place: 'Jakarta',
    donorPerson: 'p-lavrov',
    donorParty: 'RU',
    recipientPerson: 'p-kkhourn',
    recipientOrg: 'asec',
    description: 'Matryoshka doll bearing the recipient’s portrait, “larger with each Secretary-General”, a symbol of cooperation',
    category: 'art',
    value: null,
    circumstances: 'Value not published.',
    disposition: 'kept_by_recipient',
    provenance: 'REAL',
    sourceUrl: 'https://tass.ru/obschestvo/18256701',
  },
  {
    key: 'G-03',
    direction: 'given',
    date: '2024-07-25',
    occasion: 'Promised at the ASEAN ministerial meetings (MFA level, outside the Mission); delivered before September 2024',
    place: 'Vientiane',
    donorPerson: 'p-lavrov',
    donorParty: 'RU',
    recipientPerson: 'p-marsudi',
    recipientParty: 'ID',
    description: 'Two satin brooches shaped as black flower petals',
    category: 'jewellery',
    value: null,
    circumstances: 'Worn by the recipient at the UN General Assembly, September 2024. Value not published.',
    disposition: 'kept_by_recipient',
    provenance: 'REAL',
    sourceUrl: 'https://rbc.ru/rbcfreenews/66f8cd989a7947383fc43efb',
  },
  {
    key: 'G-04',
    direction: 'received',
    date: '2026-03-18',
    occasion: 'ARJCC meeting',
    place: 'ASEAN Secretariat, Jakarta',
    donorPerson: 'pr-MM',
    donorParty: 'MM',
    recipientPerson: 'p-zagaynov',
    description: 'Framed ASEAN–Russia commemorative photograph',
    category: 'photograph',
    value: { amountMinor: 6000, currency: 'USD' },
    valuationMethod: 'Estimate by the Mission',
    disposition: 'on_display',
    location: 'Mission hall',
    provenance: 'INVENTED',
  },
  {
    key: 'G-05',
    direction: 'received',
    date: '2026-06-12',
    occasion: 'Russia Day reception',
    place: 'Permanent Mission, Jakarta',
    donorName: 'Permanent Representative of a member state',
    recipientOrg: 'ru-pm-asean',
    description: 'Batik wall hanging',
    category: 'textile',
    value: { amountMinor: 250_000_000, currency: 'IDR' },
    valuationMethod: 'Estimate; valuation by the commission pending',
    circumstances: 'Handed in under the procedure of MFA order No. 21986.',
    disposition: 'deposited',
    location: 'Mission store room',
    provenance: 'INVENTED',
  },
];
