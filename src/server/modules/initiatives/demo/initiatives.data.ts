// Demo initiatives AR-01…AR-20 (demo-data.md §5), the ARDPFF with its yearly contributions, and the CPA 2021–2025 with some of its action lines.
import type { InitiativeStage } from '../../../../shared/initiatives.ts';

/**
 * The portfolio "around 20 initiatives" of the mission's opening (REAL
 * framing, https://tass.com/politics/959700) as it might stand in Chancery.
 * Titles, sectors, bodies and stages follow demo-data.md §5; every amount,
 * proposal code, participant role, date of a tranche and action line number
 * is INVENTED. USD amounts are whole dollars here and stored in cents.
 */
export type DemoInitiative = {
  key: string;
  titleEn: string;
  titleRu?: string;
  sectors: string[];
  dac: [code: string, percentage: number][];
  bodyKey?: string;
  implementerKey?: string;
  stage: InitiativeStage;
  /** For a suspended initiative: the stage it was suspended from. */
  from?: InitiativeStage;
  reason?: string;
  budget: number;
  currency?: 'USD' | 'RUB';
  start?: string;
  end?: string;
  members?: string[];
  shared?: string[];
  classification?: 'public' | 'mission' | 'shared';
  revised?: boolean;
  lines: string[];
  indicator?: string;
  provenance: 'REAL' | 'MIXED' | 'INVENTED';
  sourceUrl?: string;
};

export const FUND = {
  names: { en: 'ASEAN–Russia Dialogue Partnership Financial Fund', ru: 'Фонд финансирования диалогового партнёрства АСЕАН — Россия' },
  acronym: 'ARDPFF',
  notes: 'Russia contributes USD 1.5 million a year; the ASEAN Secretariat manages the fund as a partner trust fund.',
  provenance: 'MIXED' as const,
  sourceUrl: 'https://en.vietnamplus.vn/asean-russia-vow-to-deepen-strategic-partnership/170100.vnp',
  /** Years with a USD 1.5 m contribution (REAL rate; the years held here are INVENTED). */
  years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
};

/** Courses paid from the Russian federal budget, not from the ARDPFF (AR-19): a funding source of their own (INVENTED). */
export const DIRECT_FUNDING = {
  names: { en: 'Federal budget of the Russian Federation (direct funding)', ru: 'Федеральный бюджет Российской Федерации (прямое финансирование)' },
  acronym: 'RU-FB',
  notes: 'Activities Russian agencies fund themselves, outside the ARDPFF.',
  provenance: 'INVENTED' as const,
};

export const PLAN = {
  titleEn: 'Comprehensive Plan of Action to Implement the ASEAN–Russia Strategic Partnership (2021–2025)',
  titleRu: 'Комплексный план действий по реализации стратегического партнёрства АСЕАН — Россия (2021–2025)',
  fromYear: 2021,
  toYear: 2025,
  provenance: 'MIXED' as const,
  sourceUrl: 'https://cambodianewsgazette.com/asean-russia-adopt-comprehensive-plan-of-action-2021-2025/',
  /** Pillars are REAL headings of the plan; numbers and wording of the lines are INVENTED. */
  lines: [
    { code: '1.4.2', pillar: 'Political and security cooperation', title: 'Cooperate in combating terrorism and transnational crime, including training for law-enforcement officers' },
    { code: '1.6.1', pillar: 'Political and security cooperation', title: 'Promote cooperation on security of and in the use of ICTs' },
    { code: '2.3.1', pillar: 'Economic cooperation', title: 'Enhance energy cooperation, including energy statistics and efficiency' },
    { code: '2.3.4', pillar: 'Economic cooperation', title: 'Explore cooperation on civilian nuclear energy, safety and regulation' },
    { code: '2.5.2', pillar: 'Economic cooperation', title: 'Strengthen cooperation in agriculture and food security, including SPS and post-harvest management' },
    { code: '2.7.1', pillar: 'Economic cooperation', title: 'Promote cooperation in science, technology and innovation, including remote sensing and satellite navigation' },
    { code: '2.8.3', pillar: 'Economic cooperation', title: 'Support the ASEAN Smart Cities Network and digital transformation' },
    { code: '3.2.1', pillar: 'Socio-cultural cooperation', title: 'Promote people-to-people exchanges among youth, academia and think tanks' },
    { code: '3.3.2', pillar: 'Socio-cultural cooperation', title: 'Promote cultural exchanges and tourism' },
    { code: '3.5.1', pillar: 'Socio-cultural cooperation', title: 'Strengthen cooperation on disaster management and emergency response' },
    { code: '4.1.2', pillar: 'Connectivity', title: 'Explore transport and logistics connectivity between ASEAN and the Eurasian region' },
  ],
};

export const INITIATIVES: DemoInitiative[] = [
  { key: 'AR-01', titleEn: 'Network of ASEAN-Russia Think Tanks (NARTT): annual meeting and policy papers', titleRu: 'Сеть аналитических центров АСЕАН — Россия: ежегодная встреча и аналитические доклады', sectors: ['science'], dac: [['43082', 100]], bodyKey: 'arsom', implementerKey: 'csis-jkt', stage: 'in_implementation', budget: 180_000, start: '2018-04-01', end: '2025-12-31', classification: 'public', lines: ['3.2.1'], indicator: 'Policy papers published', provenance: 'MIXED', sourceUrl: 'https://asean.mid.ru/-/on-the-online-roundtable-discussion-of-the-network-of-asean-russia-think-tanks-19-20-november-2020' },
  { key: 'AR-02', titleEn: 'ASEAN Centre at MGIMO — annual work plan 2024', titleRu: 'Центр АСЕАН в МГИМО — план работы на 2024 год', sectors: ['education'], dac: [['11420', 100]], bodyKey: 'arjcc', implementerKey: 'mgimo-ac', stage: 'in_implementation', budget: 250_000, start: '2024-01-01', end: '2024-12-31', classification: 'public', lines: ['3.2.1'], indicator: 'Students and officials trained', provenance: 'MIXED', sourceUrl: 'https://asean.mgimo.ru/en/news/2022/joint-committees-03-22' },
  { key: 'AR-03', titleEn: 'ASEAN-Russia Youth Summit (biennial) — next edition', titleRu: 'Молодёжный саммит АСЕАН — Россия — очередной', sectors: ['culture', 'education'], dac: [['16061', 100]], bodyKey: 'arjcc', implementerKey: 'mgimo-ac', stage: 'proposal_submitted', budget: 120_000, start: '2026-05-01', end: '2026-05-31', lines: ['3.2.1'], provenance: 'MIXED', sourceUrl: 'https://asean.mgimo.ru/en/news/2014/second-asean-russia-youth-summit' },
  { key: 'AR-04', titleEn: 'GLONASS-based positioning services: training for ASEAN agencies', titleRu: 'Услуги позиционирования на основе ГЛОНАСС: обучение для ведомств АСЕАН', sectors: ['science', 'ict'], dac: [['22040', 100]], bodyKey: 'stwg', implementerKey: 'asec', stage: 'closed', budget: 300_000, start: '2015-01-01', end: '2016-12-31', classification: 'public', lines: ['2.7.1'], indicator: 'Agency specialists trained', provenance: 'MIXED', sourceUrl: 'https://en.vietnamplus.vn/asean-russia-to-work-in-diverse-areas/59828.vnp' },
  { key: 'AR-05', titleEn: 'Remote sensing for crop monitoring and yield forecasting', titleRu: 'Дистанционное зондирование для мониторинга посевов и прогноза урожайности', sectors: ['agriculture', 'science'], dac: [['31182', 100]], bodyKey: 'stwg', implementerKey: 'asec', stage: 'completion_reporting', budget: 420_000, start: '2022-03-01', end: '2025-06-30', members: ['ID', 'TH', 'VN'], classification: 'shared', shared: ['ID', 'TH', 'VN'], revised: true, lines: ['2.7.1', '2.5.2'], indicator: 'Provinces with crop forecasts', provenance: 'MIXED', sourceUrl: 'https://en.vietnamplus.vn/asean-russia-to-work-in-diverse-areas/59828.vnp' },
  { key: 'AR-06', titleEn: 'Nano-biotechnology research network and workshops', titleRu: 'Исследовательская сеть и семинары по нанобиотехнологиям', sectors: ['science'], dac: [['32182', 100]], bodyKey: 'stwg', implementerKey: 'ru-minobrnauki', stage: 'closed', budget: 260_000, start: '2015-06-01', end: '2017-12-31', members: ['MY', 'SG'], classification: 'public', lines: ['2.7.1'], indicator: 'Joint research papers', provenance: 'MIXED', sourceUrl: 'https://en.vietnamplus.vn/asean-russia-to-work-in-diverse-areas/59828.vnp' },
  { key: 'AR-07', titleEn: 'Energy and natural-gas statistics cooperation (REA × ACE)', titleRu: 'Сотрудничество в области энергетической и газовой статистики (РЭА и АЦЭ)', sectors: ['energy'], dac: [['23110', 100]], bodyKey: 'energy', implementerKey: 'ace', stage: 'in_implementation', budget: 350_000, start: '2023-09-01', end: '2026-06-30', lines: ['2.3.1'], indicator: 'Statisticians trained', provenance: 'MIXED' },
  { key: 'AR-08', titleEn: 'Civilian nuclear energy: regulatory and safety capacity building', titleRu: 'Мирный атом: развитие потенциала в сфере регулирования и безопасности', sectors: ['energy'], dac: [['23510', 100]], bodyKey: 'energy', implementerKey: 'ace', stage: 'sponsoring_body_endorsed', budget: 400_000, start: '2026-03-01', end: '2027-12-31', lines: ['2.3.4'], provenance: 'INVENTED' },
  { key: 'AR-09', titleEn: 'Energy efficiency in public buildings — pilot audits', titleRu: 'Энергоэффективность общественных зданий — пилотные обследования', sectors: ['energy'], dac: [['23183', 100]], bodyKey: 'energy', stage: 'asec_appraisal', budget: 280_000, start: '2026-06-01', end: '2027-06-30', members: ['LA', 'KH', 'MM'], lines: ['2.3.1'], provenance: 'INVENTED' },
  { key: 'AR-10', titleEn: 'ICT security: expert course on safe use of ICTs', titleRu: 'Безопасность ИКТ: экспертный курс по безопасному использованию ИКТ', sectors: ['ict', 'security'], dac: [['22040', 100]], bodyKey: 'ict', implementerKey: 'asec', stage: 'approved', budget: 200_000, start: '2026-02-01', end: '2026-11-30', lines: ['1.6.1'], provenance: 'MIXED', sourceUrl: 'https://tass.com/politics/1371751' },
  { key: 'AR-11', titleEn: 'Smart-city digital platforms: exchange with ASEAN Smart Cities Network', titleRu: 'Цифровые платформы «умного города»: обмен опытом с Сетью умных городов АСЕАН', sectors: ['ict'], dac: [['22040', 70], ['43030', 30]], stage: 'concept_note', budget: 150_000, start: '2026-09-01', members: ['SG', 'VN', 'ID'], classification: 'shared', shared: ['ID'], lines: ['2.8.3'], provenance: 'MIXED', sourceUrl: 'https://www.channelnewsasia.com/news/singapore/asean-and-russia-can-explore-cooperation-in-digital-technology-10930422' },
  { key: 'AR-12', titleEn: 'Sanitary and phytosanitary (SPS) capacity building, with EEC experts', titleRu: 'Развитие потенциала в санитарной и фитосанитарной сфере с участием экспертов ЕЭК', sectors: ['agriculture'], dac: [['31192', 100]], bodyKey: 'armmaf', implementerKey: 'asec', stage: 'proposal_submitted', budget: 230_000, start: '2026-04-01', end: '2027-03-31', lines: ['2.5.2'], provenance: 'MIXED', sourceUrl: 'http://aprcenter.ru/en/asia-pacific-news/2287.html' },
  { key: 'AR-13', titleEn: 'Post-harvest grain loss reduction and storage management', titleRu: 'Сокращение послеуборочных потерь зерна и управление хранением', sectors: ['food_security', 'agriculture'], dac: [['43071', 70], ['21061', 30]], bodyKey: 'armmaf', implementerKey: 'asec', stage: 'in_implementation', budget: 390_000, start: '2024-07-01', end: '2026-06-30', members: ['KH', 'LA', 'MM', 'PH'], classification: 'shared', shared: ['VN'], revised: true, lines: ['2.5.2'], indicator: 'Storage managers trained', provenance: 'MIXED', sourceUrl: 'https://asean.org/our-communities/economic-community/asean-russia-economic-relations/priorities-of-cooperation' },
  { key: 'AR-14', titleEn: 'Veterinary services: African swine fever diagnostics training', titleRu: 'Ветеринарные службы: обучение диагностике африканской чумы свиней', sectors: ['agriculture'], dac: [['31195', 100]], bodyKey: 'armmaf', implementerKey: 'asec', stage: 'suspended', from: 'in_implementation', reason: 'Implementing agency restructuring', budget: 210_000, start: '2023-05-01', end: '2025-05-31', members: ['VN', 'PH', 'MM'], lines: ['2.5.2'], indicator: 'Laboratory staff trained', provenance: 'INVENTED' },
  { key: 'AR-15', titleEn: 'Eurasian–ASEAN rail and multimodal logistics corridor study', titleRu: 'Исследование железнодорожного и мультимодального коридора Евразия — АСЕАН', sectors: ['transport'], dac: [['21011', 60], ['21030', 40]], bodyKey: 'transport', stage: 'idea', budget: 350_000, lines: ['4.1.2'], provenance: 'MIXED', sourceUrl: 'http://www.eaglenews.ph/asean-russia-transport-ministers-issue-joint-declaration-on-transport-cooperation/' },
  { key: 'AR-16', titleEn: 'Maritime safety and port-state control training', titleRu: 'Обучение по безопасности мореплавания и контролю судов государством порта', sectors: ['transport'], dac: [['21040', 100]], bodyKey: 'transport', stage: 'cancelled', from: 'proposal_submitted', reason: 'COVID-19 travel restrictions; not rescheduled', budget: 180_000, start: '2020-03-01', end: '2020-12-31', members: ['ID', 'MY', 'PH'], lines: ['4.1.2'], provenance: 'INVENTED' },
  { key: 'AR-17', titleEn: 'Short courses for ASEAN officials: regional studies & Russian language at MGIMO', titleRu: 'Краткосрочные курсы для должностных лиц АСЕАН: регионоведение и русский язык в МГИМО', sectors: ['education'], dac: [['11430', 100]], bodyKey: 'arjcc', implementerKey: 'mgimo-ac', stage: 'in_implementation', budget: 300_000, start: '2025-02-01', end: '2026-12-31', lines: ['3.2.1'], indicator: 'Officials trained', provenance: 'INVENTED' },
  { key: 'AR-18', titleEn: 'Disaster risk assessment & emergency response training (EMERCOM × ACDM)', titleRu: 'Обучение оценке риска бедствий и реагированию на ЧС (МЧС России и АКДМ)', sectors: ['humanitarian'], dac: [['43060', 60], ['74020', 40]], bodyKey: 'arjcc', implementerKey: 'ru-emercom', stage: 'approved', budget: 450_000, start: '2026-01-01', end: '2027-06-30', members: ['ID'], classification: 'shared', shared: ['ID'], lines: ['3.5.1'], indicator: 'Number of AMS officials trained', provenance: 'MIXED', sourceUrl: 'https://asean.org/asean-russia-to-enhance-cooperation-in-disaster-management-2' },
  { key: 'AR-19', titleEn: 'Counter-terrorism and anti-drug trafficking courses for ASEAN law-enforcement officers', titleRu: 'Курсы по противодействию терроризму и наркотрафику для сотрудников правоохранительных органов АСЕАН', sectors: ['security'], dac: [['15210', 70], ['16063', 30]], bodyKey: 'arsom', implementerKey: 'ru-mvd', stage: 'in_implementation', budget: 30_000_000, currency: 'RUB', start: '2025-09-01', end: '2025-11-30', lines: ['1.4.2'], indicator: 'Officers trained', provenance: 'MIXED', sourceUrl: 'https://tass.com/politics/1371751' },
  { key: 'AR-20', titleEn: 'ASEAN-Russia Culture Festival and tourism promotion week', titleRu: 'Фестиваль культуры АСЕАН — Россия и неделя продвижения туризма', sectors: ['culture'], dac: [['16066', 80], ['33210', 20]], bodyKey: 'culture', stage: 'closed', budget: 240_000, start: '2016-05-19', end: '2016-05-20', classification: 'public', lines: ['3.3.2'], provenance: 'MIXED', sourceUrl: 'https://mfa.gov.sg/Overseas-Mission/Ministry-of-Foreign-Affairs---Permanent-Mission-of-the-Republic-of-Singapore/Latest-News-in-ASEAN/2016/05/Latest_News_In_ASEAN-2016-05-19' },
];

/** Initiatives approved by a decision in the demo meetings: the session key and the decision's place in it. */
export const APPROVED_BY: Record<string, string> = { 'AR-10': 'CS-07/1', 'AR-18': 'CS-11/2' };
