// The demo events EV-01…EV-14 of demo-data.md §7 and the cultural and humanitarian ones added for the events module, each marked REAL or INVENTED with its source.
import type { EventKind } from '../../../../shared/events.ts';

export type DemoEvent = {
  key: string;
  names: { en: string; ru: string };
  kind: EventKind;
  starts: string;
  ends?: string;
  venue: string;
  partners?: string[];
  isPublic: boolean;
  status: 'planned' | 'confirmed' | 'held' | 'cancelled';
  expected?: number;
  actual?: number;
  budget?: { amountMinor: number; currency: string };
  /** Earlier local starts, in order, before `starts` (each a reschedule: SEQUENCE goes up). */
  movedFrom?: string[];
  provenance: 'REAL' | 'INVENTED';
  sourceUrl?: string;
};

export const EVENTS: DemoEvent[] = [
  { key: 'EV-01', names: { en: 'Opening ceremony of the Permanent Mission of Russia to ASEAN', ru: 'Церемония открытия Постоянного представительства России при АСЕАН' }, kind: 'commemoration', starts: '2017-08-09T11:00', venue: 'Hotel Mulia, Jakarta', partners: ['asec'], isPublic: true, status: 'held', provenance: 'REAL', sourceUrl: 'http://www.antaranews.com/en/news/112211/russia-launches-its-mission-to-asean-in-jakarta' },
  { key: 'EV-02', names: { en: 'FM Lavrov meets SG Le Luong Minh', ru: 'Встреча С. В. Лаврова с Генсекретарём АСЕАН Ле Лыонг Минем' }, kind: 'meeting', starts: '2017-08-09', venue: 'ASEAN Secretariat', partners: ['asec'], isPublic: true, status: 'held', provenance: 'REAL', sourceUrl: 'https://www.mid.ru/ru/foreign_policy/news/2834269/' },
  { key: 'EV-03', names: { en: '3rd ASEAN-Russia Summit; signing of the ASEAN–EEC MoU', ru: 'Третий саммит Россия — АСЕАН; подписание меморандума АСЕАН — ЕЭК' }, kind: 'meeting', starts: '2018-11-14', venue: 'Singapore', partners: ['asec', 'eec'], isPublic: true, status: 'held', provenance: 'REAL', sourceUrl: 'http://aprcenter.ru/en/asia-pacific-news/2287.html' },
  { key: 'EV-04', names: { en: 'NARTT 2nd meeting', ru: 'Второе заседание NARTT' }, kind: 'meeting', starts: '2020-11-19', ends: '2020-11-20', venue: 'Online (CSIS Jakarta)', partners: ['csis-jkt'], isPublic: true, status: 'held', provenance: 'REAL' },
  { key: 'EV-05', names: { en: 'Signing of the ASEAN–Russia MoU on Disaster Management', ru: 'Подписание меморандума Россия — АСЕАН о сотрудничестве в области ЧС' }, kind: 'commemoration', starts: '2021-02-19', venue: 'ASEAN Secretariat', partners: ['asec', 'ru-emercom'], isPublic: true, status: 'held', provenance: 'REAL', sourceUrl: 'https://asean.org/asean-russia-sign-mou-on-disaster-management/' },
  { key: 'EV-06', names: { en: 'Opening of the ASEAN-Russia Year of Scientific and Technical Cooperation', ru: 'Открытие Года научно-технического сотрудничества Россия — АСЕАН' }, kind: 'commemoration', starts: '2022-02-14', venue: 'Videoconference', isPublic: true, status: 'held', provenance: 'REAL' },
  { key: 'EV-07', names: { en: 'Courtesy call: Amb. Zagaynov on DSG Michael Tene', ru: 'Визит вежливости посла Е. А. Загайнова к заместителю Генсекретаря М. Тене' }, kind: 'meeting', starts: '2023-07-05', venue: 'ASEAN Secretariat', partners: ['asec'], isPublic: false, status: 'held', provenance: 'REAL' },
  { key: 'EV-08', names: { en: 'FM Lavrov – SG Kao Kim Hourn talks', ru: 'Переговоры С. В. Лаврова с Генсекретарём АСЕАН Као Ким Хорном' }, kind: 'meeting', starts: '2023-07-12', venue: 'Jakarta', partners: ['asec'], isPublic: true, status: 'held', provenance: 'REAL', sourceUrl: 'https://tass.ru/obschestvo/18256701' },
  // The exact date is not public: the second half of 2023 is shown as 1 October (INVENTED day).
  { key: 'EV-09', names: { en: '5 years of ASEAN-Russia strategic partnership', ru: '5 лет стратегического партнёрства Россия — АСЕАН' }, kind: 'commemoration', starts: '2023-10-01', venue: 'Jakarta', isPublic: true, status: 'held', provenance: 'REAL' },
  { key: 'EV-10', names: { en: 'Russia Day reception for Permanent Representatives and ASEC', ru: 'Приём по случаю Дня России для постпредов и Секретариата АСЕАН' }, kind: 'reception', starts: '2026-06-12T18:30', ends: '2026-06-12T21:00', venue: 'Permanent Mission of Russia to ASEAN', isPublic: false, status: 'held', expected: 180, actual: 164, budget: { amountMinor: 1_250_000_000_00, currency: 'IDR' }, provenance: 'INVENTED' },
  { key: 'EV-11', names: { en: 'ASEAN Day flag ceremony', ru: 'Церемония поднятия флага в День АСЕАН' }, kind: 'commemoration', starts: '2026-08-08', venue: 'ASEAN Secretariat', partners: ['asec'], isPublic: true, status: 'held', provenance: 'INVENTED' },
  { key: 'EV-12', names: { en: 'Briefing for AMS PRs on AR-18 disaster-management training', ru: 'Брифинг для постпредов стран АСЕАН о тренинге AR-18 по ЧС' }, kind: 'meeting', starts: '2026-04-21T10:00', ends: '2026-04-21T11:30', venue: 'Permanent Mission of Russia to ASEAN', isPublic: false, status: 'held', movedFrom: ['2026-04-14T10:00', '2026-04-16T10:00'], provenance: 'INVENTED' },
  { key: 'EV-13', names: { en: 'ARJCC (CS-11) session', ru: 'Заседание АРСКС (CS-11)' }, kind: 'meeting', starts: '2026-03-18', venue: 'ASEAN Secretariat', partners: ['asec'], isPublic: false, status: 'held', provenance: 'INVENTED' },
  { key: 'EV-14', names: { en: 'Youth Summit planning call', ru: 'Созвон по подготовке Молодёжного саммита' }, kind: 'youth_exchange', starts: '2026-12-10T15:00', ends: '2026-12-10T16:00', venue: 'Videoconference', isPublic: false, status: 'cancelled', provenance: 'INVENTED' },
  // Cultural and humanitarian events added for the events module (INVENTED).
  { key: 'EV-15', names: { en: 'Russian Film Week in Jakarta', ru: 'Неделя российского кино в Джакарте' }, kind: 'film_week', starts: '2026-12-14', ends: '2026-12-20', venue: 'Kineforum, Taman Ismail Marzuki, Jakarta', isPublic: true, status: 'confirmed', expected: 1500, budget: { amountMinor: 18_000_00, currency: 'USD' }, provenance: 'INVENTED' },
  { key: 'EV-16', names: { en: 'Delivery of EMERCOM relief supplies after the Central Sulawesi floods', ru: 'Доставка гуманитарной помощи МЧС России пострадавшим от наводнения в Центральном Сулавеси' }, kind: 'humanitarian_aid_delivery', starts: '2026-02-03', ends: '2026-02-05', venue: 'Palu, Central Sulawesi', partners: ['ru-emercom', 'ace'], isPublic: true, status: 'held', actual: 40, budget: { amountMinor: 240_000_00, currency: 'USD' }, provenance: 'INVENTED' },
  { key: 'EV-17', names: { en: 'ASEAN–Russia youth exchange: scholarship holders’ reception', ru: 'Молодёжный обмен АСЕАН — Россия: приём стипендиатов' }, kind: 'scholarship_programme', starts: '2027-01-22T17:00', ends: '2027-01-22T19:00', venue: 'Permanent Mission of Russia to ASEAN', partners: ['mgimo-ac'], isPublic: false, status: 'planned', expected: 60, provenance: 'INVENTED' },
];
