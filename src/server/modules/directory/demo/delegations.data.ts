// Demo delegations: one per ASEAN Member State, working from its Permanent Mission.
/**
 * Demo delegations: one per ASEAN Member State, working from its Permanent
 * Mission to ASEAN in Jakarta.
 *
 * Sources: domain.md §1.7 (each Member State appoints a Permanent
 * Representative to ASEAN, ASEAN Charter Art. 12) and demo-data.md §1, §3.
 * The missions are real; the people in them are fictional, so every
 * delegation is MIXED. Indonesia's and Viet Nam's delegations are shared with
 * their own party only, to show the difference from the public ones.
 */
import type { DemoDelegation } from './demo.types.ts';

const CPR = 'http://asean.org/asean/asean-structure/committee-of-permanent-representatives/';

export const delegations: DemoDelegation[] = [
  {
    key: 'del-BN',
    partyCode: 'BN',
    names: { en: 'Permanent Mission of Brunei Darussalam to ASEAN', ru: 'Постоянное представительство Брунея-Даруссалама при АСЕАН' },
    orgKey: 'pm-BN',
    headKey: 'pr-BN',
    members: [{ personKey: 'pr-BN', title: 'Permanent Representative', fromDate: '2023-03-01' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-KH',
    partyCode: 'KH',
    names: { en: 'Permanent Mission of Cambodia to ASEAN', ru: 'Постоянное представительство Камбоджи при АСЕАН' },
    orgKey: 'pm-KH',
    headKey: 'pr-KH',
    members: [{ personKey: 'pr-KH', title: 'Permanent Representative', fromDate: '2021-06-01' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    // Shared with Indonesia: the Indonesian delegate sees it, the Vietnamese one does not.
    key: 'del-ID',
    partyCode: 'ID',
    names: { en: 'Permanent Mission of Indonesia to ASEAN', ru: 'Постоянное представительство Индонезии при АСЕАН', id: 'Perutusan Tetap Republik Indonesia untuk ASEAN' },
    orgKey: 'pm-ID',
    headKey: 'pr-ID',
    members: [
      { personKey: 'pr-ID', title: 'Permanent Representative', fromDate: '2022-02-01' },
      { personKey: 'dpr-ID', title: 'Deputy Permanent Representative', fromDate: '2024-03-01' },
    ],
    classification: 'shared',
    sharedParties: ['ID'],
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-LA',
    partyCode: 'LA',
    names: { en: 'Permanent Mission of the Lao PDR to ASEAN', ru: 'Постоянное представительство Лаоса при АСЕАН' },
    orgKey: 'pm-LA',
    headKey: 'pr-LA',
    members: [{ personKey: 'pr-LA', title: 'Permanent Representative', fromDate: '2024-01-15' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-MY',
    partyCode: 'MY',
    names: { en: 'Permanent Mission of Malaysia to ASEAN', ru: 'Постоянное представительство Малайзии при АСЕАН' },
    orgKey: 'pm-MY',
    headKey: 'pr-MY',
    members: [{ personKey: 'pr-MY', title: 'Permanent Representative', fromDate: '2023-08-01' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-MM',
    partyCode: 'MM',
    names: { en: 'Permanent Mission of Myanmar to ASEAN', ru: 'Постоянное представительство Мьянмы при АСЕАН' },
    orgKey: 'pm-MM',
    headKey: 'pr-MM',
    members: [
      { personKey: 'pr-MM', title: 'Permanent Representative', fromDate: '2022-10-01' },
      { personKey: 'dpr-MM', title: 'Deputy Permanent Representative', fromDate: '2024-07-01' },
    ],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-PH',
    partyCode: 'PH',
    names: { en: 'Permanent Mission of the Philippines to ASEAN', ru: 'Постоянное представительство Филиппин при АСЕАН' },
    orgKey: 'pm-PH',
    headKey: 'pr-PH',
    members: [{ personKey: 'pr-PH', title: 'Permanent Representative', fromDate: '2024-05-01' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-SG',
    partyCode: 'SG',
    names: { en: 'Permanent Mission of Singapore to ASEAN', ru: 'Постоянное представительство Сингапура при АСЕАН' },
    orgKey: 'pm-SG',
    headKey: 'pr-SG',
    members: [{ personKey: 'pr-SG', title: 'Permanent Representative', fromDate: '2023-01-09' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    key: 'del-TH',
    partyCode: 'TH',
    names: { en: 'Permanent Mission of Thailand to ASEAN', ru: 'Постоянное представительство Таиланда при АСЕАН' },
    orgKey: 'pm-TH',
    headKey: 'pr-TH',
    members: [{ personKey: 'pr-TH', title: 'Permanent Representative', fromDate: '2024-10-01' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    // Shared with Viet Nam: the Vietnamese delegate sees it, the Indonesian one does not.
    key: 'del-VN',
    partyCode: 'VN',
    names: { en: 'Permanent Mission of Viet Nam to ASEAN', ru: 'Постоянное представительство Вьетнама при АСЕАН' },
    orgKey: 'pm-VN',
    headKey: 'pr-VN',
    members: [
      { personKey: 'pr-VN', title: 'Permanent Representative', fromDate: '2023-05-15' },
      { personKey: 'dpr-VN', title: 'Deputy Permanent Representative', fromDate: '2024-09-01' },
    ],
    classification: 'shared',
    sharedParties: ['VN'],
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
  {
    // Member State from 26 Oct 2025 (domain.md §2).
    key: 'del-TL',
    partyCode: 'TL',
    names: { en: 'Permanent Mission of Timor-Leste to ASEAN', ru: 'Постоянное представительство Тимор-Лесте при АСЕАН' },
    orgKey: 'pm-TL',
    headKey: 'pr-TL',
    members: [{ personKey: 'pr-TL', title: 'Permanent Representative', fromDate: '2025-11-03' }],
    classification: 'public',
    provenance: 'MIXED',
    sourceUrl: CPR,
  },
];
