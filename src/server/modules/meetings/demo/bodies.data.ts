// Demo mechanisms of the ASEAN–Russia dialogue partnership, their coordinators and work plans.
/**
 * Demo mechanisms of the ASEAN–Russia dialogue partnership (demo-data.md §4,
 * domain.md §1.3 and §1.5), their country-coordinator history (demo-data.md
 * §2) and work plan lines. Records refer to each other by readable keys; the
 * seed turns keys into ids. Provenance rules: demo-data.md §0.
 */
import type { Names } from '../../../../shared/names.ts';
type Prov = { provenance: 'REAL' | 'MIXED' | 'INVENTED' | 'UNVERIFIED'; sourceUrl?: string };

export type DemoBody = Prov & {
  key: string;
  names: Names;
  acronym: string;
  kind: 'summit' | 'ministerial' | 'senior_officials' | 'joint_committee' | 'planning_committee' | 'working_group' | 'sectoral_dialogue' | 'other';
  sectors: string[];
  dacCodes: string[];
  parentKey?: string;
  cadenceMonths: number | null;
  dueSoonDays?: number;
  /** The 11 member states and Russia, unless given. */
  memberParties?: string[];
  rotation?: boolean;
  responsibleEmails?: string[];
  decisionPrefix?: string;
  notes?: string;
  classification: 'public' | 'mission' | 'restricted';
};

export const ASEAN_MEMBERS = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];
export const PARTNERSHIP = [...ASEAN_MEMBERS, 'RU'];
/**
 * Russia's country coordinators so far (REAL), then the remaining member
 * states: the order after Myanmar is INVENTED for the demo.
 */
export const COORDINATOR_ROTATION = ['MY', 'LA', 'ID', 'KH', 'MM', 'PH', 'SG', 'TH', 'VN', 'BN', 'TL'];
const STAFF = ['staff@chancery.test'];

export const bodies: DemoBody[] = [
  {
    key: 'summit',
    names: { en: 'ASEAN–Russia Summit', ru: 'Саммит АСЕАН–Россия' },
    acronym: 'Summit',
    kind: 'summit',
    sectors: ['diplomacy'],
    dacCodes: ['15121'],
    cadenceMonths: null,
    notes: 'Leaders; irregular: 2005, 2010, 2016, 2018, 2021.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://opera.liputan6.com/global/read/3033753/rusia-akan-buka-perwakilan-untuk-asean-di-jakarta',
  },
  {
    key: 'pmc',
    names: { en: 'ASEAN Post-Ministerial Conference with Russia (PMC+1)', ru: 'Постминистерская конференция АСЕАН–Россия' },
    acronym: 'PMC',
    kind: 'ministerial',
    sectors: ['diplomacy'],
    dacCodes: ['15121'],
    parentKey: 'summit',
    cadenceMonths: 12,
    rotation: true,
    notes: 'Foreign ministers, annually after the ASEAN Ministerial Meeting; co-chaired by the Russian Foreign Minister and the country coordinator.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://asean.or.id/5922.htm',
  },
  {
    key: 'arsom',
    names: { en: 'ASEAN–Russia Senior Officials’ Meeting', ru: 'Совещание старших должностных лиц АСЕАН–Россия' },
    acronym: 'ARSOM',
    kind: 'senior_officials',
    sectors: ['diplomacy'],
    dacCodes: ['15121'],
    parentKey: 'pmc',
    cadenceMonths: 12,
    dueSoonDays: 90,
    rotation: true,
    decisionPrefix: 'ARSOM',
    notes: 'Deputy foreign minister of Russia and the ASEAN SOM leaders; co-chaired by the coordinator’s SOM leader.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://asean.org/asean-russia-to-strengthen-strategic-partnership-2',
  },
  {
    key: 'arjcc',
    names: { en: 'ASEAN–Russia Joint Cooperation Committee', ru: 'Совместный комитет сотрудничества АСЕАН–Россия' },
    acronym: 'ARJCC',
    kind: 'joint_committee',
    sectors: ['diplomacy'],
    dacCodes: ['15121', '15122'],
    parentKey: 'arsom',
    cadenceMonths: 12,
    rotation: true,
    responsibleEmails: STAFF,
    decisionPrefix: 'ARJCC',
    notes: 'Meets in Jakarta at the level of Permanent Representatives to ASEAN with the ASEAN Secretariat and Russian line agencies; reviews CPA implementation, presents and adopts projects.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://www.mid.ru/ru/foreign_policy/rso/asean/1862290/?lang=en',
  },
  {
    key: 'arjpmc',
    names: { en: 'ASEAN–Russia Joint Planning and Management Committee', ru: 'Совместный комитет по планированию и управлению АСЕАН–Россия' },
    acronym: 'ARJPMC',
    kind: 'planning_committee',
    sectors: ['diplomacy'],
    dacCodes: ['15122'],
    parentKey: 'arjcc',
    cadenceMonths: 12,
    responsibleEmails: STAFF,
    decisionPrefix: 'ARJPMC',
    notes: 'Project and fund management (ARDPFF); that it appraises and approves projects is an inference (domain.md §1.3).',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://asean.mgimo.ru/en/news/2022/joint-committees-03-22',
  },
  {
    key: 'energy',
    names: { en: 'ASEAN–Russia Energy Dialogue (SOME–Russia)', ru: 'Энергетический диалог АСЕАН–Россия (СДЛ по энергетике – Россия)' },
    acronym: 'SOME-Russia',
    kind: 'sectoral_dialogue',
    sectors: ['energy'],
    dacCodes: ['23110', '23182', '23183'],
    parentKey: 'arsom',
    cadenceMonths: 12,
    responsibleEmails: STAFF,
    decisionPrefix: 'ENERGY',
    notes: 'ASEAN-Russia Energy Cooperation Work Plan; the Russian Energy Agency works with the ASEAN Centre for Energy.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://www.vietnam.vn/id/nga-nhin-thay-nhieu-tiem-nang-hop-tac-nang-luong-voi-asean',
  },
  {
    key: 'stwg',
    names: { en: 'Russia–ASEAN Working Group on Science and Technology Cooperation', ru: 'Рабочая группа Россия–АСЕАН по научно-техническому сотрудничеству' },
    acronym: 'ARWGST',
    kind: 'working_group',
    sectors: ['science'],
    dacCodes: ['32182', '43082'],
    parentKey: 'arsom',
    cadenceMonths: 24,
    responsibleEmails: STAFF,
    notes: 'With ASEAN COSTI; Cambodia is the COSTI country coordinator for Russia.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://www.urdupoint.com/en/world/russia-asean-working-group-on-science-techno-752533.html',
  },
  {
    key: 'armmaf',
    names: { en: 'ASEAN–Russia Ministerial Meeting on Agriculture and Forestry', ru: 'Встреча министров сельского и лесного хозяйства АСЕАН–Россия' },
    acronym: 'ARMMAF',
    kind: 'ministerial',
    sectors: ['agriculture'],
    dacCodes: ['31110', '43071'],
    parentKey: 'pmc',
    cadenceMonths: 12,
    responsibleEmails: STAFF,
    notes: 'Held alongside the ASEAN Ministers on Agriculture and Forestry (AMAF); Agriculture and Food Security Cooperation Work Programme.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://www.gnlm.com.mm/myanmar-delegations-attend-42nd-amaf-20th-amaf-plus-3-and-6th-armmaf-meetings/amp/',
  },
  {
    key: 'ict',
    names: { en: 'ASEAN–Russia Dialogue on ICT Security', ru: 'Диалог АСЕАН–Россия по безопасности в сфере ИКТ' },
    acronym: 'ICT Security Dialogue',
    kind: 'sectoral_dialogue',
    sectors: ['ict', 'security'],
    dacCodes: ['22040', '15210'],
    parentKey: 'arsom',
    cadenceMonths: null,
    notes: 'Since 2021; co-chaired by a Russian Deputy Foreign Minister and Cambodia’s state secretary for posts and telecommunications.',
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://tass.com/politics/1371751',
  },
  {
    key: 'transport',
    names: { en: 'ASEAN–Russia Transport Ministers’ Meeting', ru: 'Встреча министров транспорта АСЕАН–Россия' },
    acronym: 'ATM-Russia',
    kind: 'ministerial',
    sectors: ['transport'],
    dacCodes: ['21010', '21011'],
    parentKey: 'pmc',
    cadenceMonths: null,
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'http://www.eaglenews.ph/asean-russia-transport-ministers-issue-joint-declaration-on-transport-cooperation/',
  },
  {
    key: 'culture',
    names: { en: 'ASEAN–Russia Culture Ministers’ Meeting', ru: 'Встреча министров культуры АСЕАН–Россия' },
    acronym: 'AMCA-Russia',
    kind: 'ministerial',
    sectors: ['culture'],
    dacCodes: ['16061', '16066'],
    parentKey: 'pmc',
    cadenceMonths: null,
    classification: 'public',
    provenance: 'REAL',
    sourceUrl: 'https://opera.liputan6.com/global/read/3033753/rusia-akan-buka-perwakilan-untuk-asean-di-jakarta',
  },
  {
    key: 'internal',
    names: { en: 'Mission coordination meeting', ru: 'Координационное совещание Постпредства' },
    acronym: 'MCM',
    kind: 'other',
    sectors: ['diplomacy'],
    dacCodes: ['15122'],
    cadenceMonths: null,
    memberParties: ['RU'],
    notes: 'The mission’s own preparatory meetings before committee sessions.',
    classification: 'mission',
    provenance: 'INVENTED',
  },
];

/** Russia’s country coordinators (REAL, demo-data.md §2); the day of each hand-over is filler, and Myanmar’s end year follows the three-year rule. */
export const coordinatorTerms = [
  { partyCode: 'MY', fromDate: '2012-07-01', toDate: '2015-07-31', sourceUrl: 'https://myoceanic.wordpress.com/2013/02/26/asean-dialogue-coordinationship/' },
  { partyCode: 'LA', fromDate: '2015-08-01', toDate: '2018-07-31', sourceUrl: 'http://www.mid.ru/en/vizity-ministra/-/asset_publisher/ICoYBGcCUgTR/content/id/1635018' },
  { partyCode: 'ID', fromDate: '2018-08-01', toDate: '2021-07-31', sourceUrl: 'https://ariseplus.asean.org/our-communities/asean-political-security-community/outward-looking-community/external-relations' },
  { partyCode: 'KH', fromDate: '2021-08-01', toDate: '2024-07-25', sourceUrl: 'https://cambodianewsgazette.com/cambodia-the-country-coordinator-for-asean-russia-dialogue-relations-2021-2024/' },
  { partyCode: 'MM', fromDate: '2024-07-26', toDate: '2027-07-31', sourceUrl: 'https://tgchannels.org/channel/aseanrussia?first=-60&lang=all&start=1191' },
] as const;

/** Work plan lines: codes and wording INVENTED (the real texts were not retrieved), after demo-data.md §4. */
export const workPlans: Record<string, { code: string; title: string; ownerPartyCode?: string; targetDate?: string; status: 'planned' | 'in_progress' | 'done' | 'dropped'; progress: number }[]> = {
  arjcc: [
    { code: 'CPA21-PS-1.3', title: 'Hold annual ASEAN–Russia consultations on counter-terrorism and transnational crime', ownerPartyCode: 'RU', targetDate: '2025-12-31', status: 'done', progress: 100 },
    { code: 'CPA21-EC-2.1', title: 'Implement the Post-2017 Trade and Investment Work Programme activities on SMEs', ownerPartyCode: 'VN', targetDate: '2025-12-31', status: 'in_progress', progress: 60 },
    { code: 'CPA21-EC-3.4', title: 'Develop cooperation on energy statistics between the Russian Energy Agency and ACE', ownerPartyCode: 'RU', targetDate: '2025-06-30', status: 'in_progress', progress: 35 },
    { code: 'CPA21-SC-4.2', title: 'Support ASEAN–Russia youth and university exchanges through the ASEAN Centre at MGIMO', ownerPartyCode: 'RU', targetDate: '2025-12-31', status: 'in_progress', progress: 80 },
    { code: 'CPA21-CN-5.1', title: 'Explore cooperation on digital transformation and ICT security', ownerPartyCode: 'KH', targetDate: '2025-12-31', status: 'planned', progress: 10 },
    { code: 'CPA26-GEN-0.1', title: 'Prepare the successor Comprehensive Plan of Action (2026–2030)', ownerPartyCode: 'MM', targetDate: '2026-12-31', status: 'in_progress', progress: 40 },
  ],
  energy: [
    { code: 'ECWP-1', title: 'Joint study on natural gas market outlook in ASEAN', ownerPartyCode: 'RU', targetDate: '2020-12-31', status: 'done', progress: 100 },
    { code: 'ECWP-2', title: 'Workshop on energy efficiency in buildings', ownerPartyCode: 'MY', targetDate: '2024-06-30', status: 'in_progress', progress: 20 },
    { code: 'ECWP-3', title: 'Training on nuclear energy safety culture for ASEAN regulators', ownerPartyCode: 'RU', targetDate: '2025-12-31', status: 'planned', progress: 0 },
  ],
};
