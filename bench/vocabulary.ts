// Word lists for the generated directory: sectors in the directory's languages, cities per party, personal names in their scripts.
/**
 * Word lists for the generated directory: sectors in the languages the
 * directory holds (English, Russian, and the local languages of Thailand, Laos,
 * Cambodia, Viet Nam and Indonesia), cities per party, and personal names in
 * the scripts people write them in. Invented combinations, real words.
 */

export type LocalLanguage = 'th' | 'lo' | 'km' | 'vi' | 'id';

/** The language of an organisation's local name, by country. */
export const LOCAL_LANGUAGE: Partial<Record<string, LocalLanguage>> = { TH: 'th', LA: 'lo', KH: 'km', VN: 'vi', ID: 'id' };

export type Sector = {
  key: string;
  en: string;
  /** Genitive, as used after «Министерство», «Департамент», … */
  ru: string;
  local: Record<LocalLanguage, string>;
  acronym: string;
};

export const SECTORS: Sector[] = [
  {
    key: 'foreign',
    en: 'Foreign Affairs',
    ru: 'иностранных дел',
    acronym: 'FA',
    local: { th: 'การต่างประเทศ', lo: 'ການຕ່າງປະເທດ', km: 'ការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ', vi: 'Ngoại giao', id: 'Luar Negeri' },
  },
  {
    key: 'energy',
    en: 'Energy',
    ru: 'энергетики',
    acronym: 'EN',
    local: { th: 'พลังงาน', lo: 'ພະລັງງານ ແລະ ບໍ່ແຮ່', km: 'រ៉ែ និងថាមពល', vi: 'Năng lượng', id: 'Energi dan Sumber Daya Mineral' },
  },
  {
    key: 'agriculture',
    en: 'Agriculture',
    ru: 'сельского хозяйства',
    acronym: 'AG',
    local: { th: 'เกษตรและสหกรณ์', lo: 'ກະສິກຳ ແລະ ປ່າໄມ້', km: 'កសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ', vi: 'Nông nghiệp và Phát triển Nông thôn', id: 'Pertanian' },
  },
  {
    key: 'education',
    en: 'Education',
    ru: 'образования',
    acronym: 'ED',
    local: { th: 'ศึกษาธิการ', lo: 'ສຶກສາທິການ ແລະ ກິລາ', km: 'អប់រំ យុវជន និងកីឡា', vi: 'Giáo dục và Đào tạo', id: 'Pendidikan' },
  },
  {
    key: 'transport',
    en: 'Transport',
    ru: 'транспорта',
    acronym: 'TR',
    local: { th: 'คมนาคม', lo: 'ໂຍທາທິການ ແລະ ຂົນສົ່ງ', km: 'សាធារណការ និងដឹកជញ្ជូន', vi: 'Giao thông Vận tải', id: 'Perhubungan' },
  },
  {
    key: 'health',
    en: 'Health',
    ru: 'здравоохранения',
    acronym: 'HE',
    local: { th: 'สาธารณสุข', lo: 'ສາທາລະນະສຸກ', km: 'សុខាភិបាល', vi: 'Y tế', id: 'Kesehatan' },
  },
  {
    key: 'science',
    en: 'Science and Technology',
    ru: 'науки и технологий',
    acronym: 'ST',
    local: { th: 'การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม', lo: 'ວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ', km: 'ឧស្សាហកម្ម វិទ្យាសាស្ត្រ បច្ចេកវិទ្យា និងនវានុវត្តន៍', vi: 'Khoa học và Công nghệ', id: 'Riset dan Teknologi' },
  },
  {
    key: 'finance',
    en: 'Finance',
    ru: 'финансов',
    acronym: 'FI',
    local: { th: 'การคลัง', lo: 'ການເງິນ', km: 'សេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ', vi: 'Tài chính', id: 'Keuangan' },
  },
  {
    key: 'trade',
    en: 'Trade and Industry',
    ru: 'промышленности и торговли',
    acronym: 'TI',
    local: { th: 'พาณิชย์', lo: 'ອຸດສາຫະກຳ ແລະ ການຄ້າ', km: 'ពាណិជ្ជកម្ម', vi: 'Công Thương', id: 'Perdagangan' },
  },
  {
    key: 'culture',
    en: 'Culture',
    ru: 'культуры',
    acronym: 'CU',
    local: { th: 'วัฒนธรรม', lo: 'ຖະແຫຼງຂ່າວ ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ', km: 'វប្បធម៌ និងវិចិត្រសិល្បៈ', vi: 'Văn hóa, Thể thao và Du lịch', id: 'Kebudayaan' },
  },
  {
    key: 'environment',
    en: 'Natural Resources and Environment',
    ru: 'природных ресурсов и экологии',
    acronym: 'NRE',
    local: { th: 'ทรัพยากรธรรมชาติและสิ่งแวดล้อม', lo: 'ຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ', km: 'បរិស្ថាន', vi: 'Tài nguyên và Môi trường', id: 'Lingkungan Hidup dan Kehutanan' },
  },
  {
    key: 'digital',
    en: 'Digital Economy and Communications',
    ru: 'цифрового развития и связи',
    acronym: 'DE',
    local: { th: 'ดิจิทัลเพื่อเศรษฐกิจและสังคม', lo: 'ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', km: 'ប្រៃសណីយ៍ និងទូរគមនាគមន៍', vi: 'Thông tin và Truyền thông', id: 'Komunikasi dan Digital' },
  },
  {
    key: 'defence',
    en: 'Defence',
    ru: 'обороны',
    acronym: 'DF',
    local: { th: 'กลาโหม', lo: 'ປ້ອງກັນປະເທດ', km: 'ការពារជាតិ', vi: 'Quốc phòng', id: 'Pertahanan' },
  },
];

/** How ministries, departments and offices are named in each language. */
export const UNIT_WORDS: Record<'ministry' | 'department' | 'agency' | 'office', { en: string; ru: string; local: Record<LocalLanguage, string> }> = {
  ministry: { en: 'Ministry of', ru: 'Министерство', local: { th: 'กระทรวง', lo: 'ກະຊວງ', km: 'ក្រសួង', vi: 'Bộ', id: 'Kementerian' } },
  department: { en: 'Department of', ru: 'Департамент', local: { th: 'กรม', lo: 'ກົມ', km: 'អគ្គនាយកដ្ឋាន', vi: 'Vụ', id: 'Direktorat Jenderal' } },
  agency: { en: 'National Agency for', ru: 'Национальное агентство', local: { th: 'สำนักงาน', lo: 'ອົງການ', km: 'អាជ្ញាធរជាតិ', vi: 'Cục', id: 'Badan' } },
  office: { en: 'Office', ru: 'Управление', local: { th: 'สำนักงานจังหวัด', lo: 'ພະແນກ', km: 'មន្ទីរ', vi: 'Sở', id: 'Dinas' } },
};

/** What a department or agency looks after, beside its ministry's sector. */
export const FUNCTIONS: { en: string; ru: string }[] = [
  { en: 'Policy and Planning', ru: 'политики и планирования' },
  { en: 'International Cooperation', ru: 'международного сотрудничества' },
  { en: 'ASEAN Affairs', ru: 'по делам АСЕАН' },
  { en: 'Research and Statistics', ru: 'исследований и статистики' },
  { en: 'Legal Affairs', ru: 'правового обеспечения' },
  { en: 'Regional Programmes', ru: 'региональных программ' },
  { en: 'Standards and Quality', ru: 'стандартизации и качества' },
  { en: 'Human Resources Development', ru: 'развития кадров' },
];

export type City = { en: string; ru: string; local?: string };

/** Party codes with their Russian genitive (for «Министерство энергетики Индонезии») and cities. */
export const COUNTRIES: Record<string, { ruGenitive: string; cities: City[]; weight: number; domain: string }> = {
  BN: { ruGenitive: 'Брунея', weight: 3, domain: 'gov.bn', cities: [{ en: 'Bandar Seri Begawan', ru: 'Бандар-Сери-Бегаван' }, { en: 'Kuala Belait', ru: 'Куала-Белайт' }, { en: 'Tutong', ru: 'Тутонг' }] },
  KH: {
    ruGenitive: 'Камбоджи',
    weight: 6,
    domain: 'gov.kh',
    cities: [
      { en: 'Phnom Penh', ru: 'Пномпень', local: 'ភ្នំពេញ' },
      { en: 'Siem Reap', ru: 'Сиемреап', local: 'សៀមរាប' },
      { en: 'Battambang', ru: 'Баттамбанг', local: 'បាត់ដំបង' },
      { en: 'Sihanoukville', ru: 'Сиануквиль', local: 'ក្រុងព្រះសីហនុ' },
    ],
  },
  ID: {
    ruGenitive: 'Индонезии',
    weight: 9,
    domain: 'go.id',
    cities: [
      { en: 'Jakarta', ru: 'Джакарта', local: 'Jakarta' },
      { en: 'Surabaya', ru: 'Сурабая', local: 'Surabaya' },
      { en: 'Bandung', ru: 'Бандунг', local: 'Bandung' },
      { en: 'Medan', ru: 'Медан', local: 'Medan' },
      { en: 'Makassar', ru: 'Макасар', local: 'Makassar' },
      { en: 'Denpasar', ru: 'Денпасар', local: 'Denpasar' },
      { en: 'Yogyakarta', ru: 'Джокьякарта', local: 'Yogyakarta' },
    ],
  },
  LA: {
    ruGenitive: 'Лаоса',
    weight: 6,
    domain: 'gov.la',
    cities: [
      { en: 'Vientiane', ru: 'Вьентьян', local: 'ວຽງຈັນ' },
      { en: 'Luang Prabang', ru: 'Луангпрабанг', local: 'ຫຼວງພະບາງ' },
      { en: 'Pakse', ru: 'Паксе', local: 'ປາກເຊ' },
      { en: 'Savannakhet', ru: 'Саваннакхет', local: 'ສະຫວັນນະເຂດ' },
    ],
  },
  MY: {
    ruGenitive: 'Малайзии',
    weight: 7,
    domain: 'gov.my',
    cities: [
      { en: 'Kuala Lumpur', ru: 'Куала-Лумпур' },
      { en: 'Putrajaya', ru: 'Путраджая' },
      { en: 'Penang', ru: 'Пинанг' },
      { en: 'Johor Bahru', ru: 'Джохор-Бару' },
      { en: 'Kuching', ru: 'Кучинг' },
    ],
  },
  MM: { ruGenitive: 'Мьянмы', weight: 5, domain: 'gov.mm', cities: [{ en: 'Naypyidaw', ru: 'Нейпьидо' }, { en: 'Yangon', ru: 'Янгон' }, { en: 'Mandalay', ru: 'Мандалай' }] },
  PH: {
    ruGenitive: 'Филиппин',
    weight: 7,
    domain: 'gov.ph',
    cities: [{ en: 'Manila', ru: 'Манила' }, { en: 'Quezon City', ru: 'Кесон-Сити' }, { en: 'Cebu', ru: 'Себу' }, { en: 'Davao', ru: 'Давао' }],
  },
  SG: { ruGenitive: 'Сингапура', weight: 5, domain: 'gov.sg', cities: [{ en: 'Singapore', ru: 'Сингапур' }] },
  TH: {
    ruGenitive: 'Таиланда',
    weight: 8,
    domain: 'go.th',
    cities: [
      { en: 'Bangkok', ru: 'Бангкок', local: 'กรุงเทพมหานคร' },
      { en: 'Chiang Mai', ru: 'Чиангмай', local: 'เชียงใหม่' },
      { en: 'Khon Kaen', ru: 'Кхонкэн', local: 'ขอนแก่น' },
      { en: 'Phuket', ru: 'Пхукет', local: 'ภูเก็ต' },
      { en: 'Songkhla', ru: 'Сонгкхла', local: 'สงขลา' },
    ],
  },
  VN: {
    ruGenitive: 'Вьетнама',
    weight: 8,
    domain: 'gov.vn',
    cities: [
      { en: 'Hanoi', ru: 'Ханой', local: 'Hà Nội' },
      { en: 'Ho Chi Minh City', ru: 'Хошимин', local: 'Thành phố Hồ Chí Minh' },
      { en: 'Da Nang', ru: 'Дананг', local: 'Đà Nẵng' },
      { en: 'Hai Phong', ru: 'Хайфон', local: 'Hải Phòng' },
      { en: 'Can Tho', ru: 'Кантхо', local: 'Cần Thơ' },
      { en: 'Hue', ru: 'Хюэ', local: 'Huế' },
    ],
  },
  TL: { ruGenitive: 'Тимор-Лешти', weight: 3, domain: 'gov.tl', cities: [{ en: 'Dili', ru: 'Дили' }, { en: 'Baucau', ru: 'Баукау' }] },
  AU: { ruGenitive: 'Австралии', weight: 3, domain: 'gov.au', cities: [{ en: 'Canberra', ru: 'Канберра' }, { en: 'Sydney', ru: 'Сидней' }, { en: 'Melbourne', ru: 'Мельбурн' }] },
  NZ: { ruGenitive: 'Новой Зеландии', weight: 2, domain: 'govt.nz', cities: [{ en: 'Wellington', ru: 'Веллингтон' }, { en: 'Auckland', ru: 'Окленд' }] },
  JP: { ruGenitive: 'Японии', weight: 3, domain: 'go.jp', cities: [{ en: 'Tokyo', ru: 'Токио' }, { en: 'Osaka', ru: 'Осака' }, { en: 'Kyoto', ru: 'Киото' }] },
  US: { ruGenitive: 'США', weight: 3, domain: 'gov', cities: [{ en: 'Washington', ru: 'Вашингтон' }, { en: 'New York', ru: 'Нью-Йорк' }, { en: 'Honolulu', ru: 'Гонолулу' }] },
  EU: { ruGenitive: 'Европейского союза', weight: 2, domain: 'europa.eu', cities: [{ en: 'Brussels', ru: 'Брюссель' }, { en: 'Strasbourg', ru: 'Страсбург' }, { en: 'Luxembourg', ru: 'Люксембург' }] },
  CA: { ruGenitive: 'Канады', weight: 2, domain: 'gc.ca', cities: [{ en: 'Ottawa', ru: 'Оттава' }, { en: 'Toronto', ru: 'Торонто' }, { en: 'Vancouver', ru: 'Ванкувер' }] },
  KR: { ruGenitive: 'Республики Корея', weight: 3, domain: 'go.kr', cities: [{ en: 'Seoul', ru: 'Сеул' }, { en: 'Busan', ru: 'Пусан' }, { en: 'Sejong', ru: 'Седжон' }] },
  CN: { ruGenitive: 'Китая', weight: 4, domain: 'gov.cn', cities: [{ en: 'Beijing', ru: 'Пекин' }, { en: 'Shanghai', ru: 'Шанхай' }, { en: 'Kunming', ru: 'Куньмин' }, { en: 'Nanning', ru: 'Наньнин' }] },
  IN: { ruGenitive: 'Индии', weight: 3, domain: 'gov.in', cities: [{ en: 'New Delhi', ru: 'Нью-Дели' }, { en: 'Mumbai', ru: 'Мумбаи' }, { en: 'Bengaluru', ru: 'Бангалор' }, { en: 'Chennai', ru: 'Ченнаи' }] },
  RU: {
    ruGenitive: 'России',
    weight: 10,
    domain: 'gov.ru',
    cities: [{ en: 'Moscow', ru: 'Москва' }, { en: 'Saint Petersburg', ru: 'Санкт-Петербург' }, { en: 'Vladivostok', ru: 'Владивосток' }, { en: 'Kazan', ru: 'Казань' }, { en: 'Novosibirsk', ru: 'Новосибирск' }],
  },
  GB: { ruGenitive: 'Великобритании', weight: 2, domain: 'gov.uk', cities: [{ en: 'London', ru: 'Лондон' }, { en: 'Edinburgh', ru: 'Эдинбург' }, { en: 'Manchester', ru: 'Манчестер' }] },
};

/** Regional bodies (no country), each with a few divisions as children. */
export const REGIONAL_BODIES: { en: string; ru: string; acronym: string; kind: 'secretariat' | 'regional_organization' }[] = [
  { en: 'ASEAN Secretariat', ru: 'Секретариат АСЕАН', acronym: 'ASEC', kind: 'secretariat' },
  { en: 'ASEAN Centre for Energy', ru: 'Энергетический центр АСЕАН', acronym: 'ACE', kind: 'regional_organization' },
  { en: 'ASEAN Coordinating Centre for Humanitarian Assistance on disaster management', ru: 'Координационный центр АСЕАН по гуманитарной помощи', acronym: 'AHA Centre', kind: 'regional_organization' },
  { en: 'ASEAN Centre for Biodiversity', ru: 'Центр АСЕАН по биоразнообразию', acronym: 'ACB', kind: 'regional_organization' },
  { en: 'ASEAN University Network', ru: 'Сеть университетов АСЕАН', acronym: 'AUN', kind: 'regional_organization' },
  { en: 'ASEAN Foundation', ru: 'Фонд АСЕАН', acronym: 'AF', kind: 'regional_organization' },
  { en: 'Shanghai Cooperation Organisation Secretariat', ru: 'Секретариат Шанхайской организации сотрудничества', acronym: 'SCO', kind: 'secretariat' },
  { en: 'Eurasian Economic Commission', ru: 'Евразийская экономическая комиссия', acronym: 'EEC', kind: 'secretariat' },
  { en: 'Mekong River Commission Secretariat', ru: 'Секретариат Комиссии по реке Меконг', acronym: 'MRCS', kind: 'secretariat' },
  { en: 'Southeast Asian Ministers of Education Organization', ru: 'Организация министров образования стран Юго-Восточной Азии', acronym: 'SEAMEO', kind: 'regional_organization' },
  { en: 'ASEAN Inter-Parliamentary Assembly', ru: 'Межпарламентская ассамблея АСЕАН', acronym: 'AIPA', kind: 'regional_organization' },
  { en: 'ASEAN Centre for Military Medicine', ru: 'Центр военной медицины АСЕАН', acronym: 'ACMM', kind: 'regional_organization' },
  { en: 'Asian Disaster Preparedness Center', ru: 'Азиатский центр готовности к бедствиям', acronym: 'ADPC', kind: 'regional_organization' },
  { en: 'Economic Research Institute for ASEAN and East Asia', ru: 'Институт экономических исследований АСЕАН и Восточной Азии', acronym: 'ERIA', kind: 'regional_organization' },
];

export const POST_TITLES = {
  ministry: ['Minister', 'Deputy Minister', 'Permanent Secretary', 'Director-General', 'Deputy Director-General', 'Director', 'Head of Division', 'Senior Officer', 'Desk Officer'],
  mission: ['Ambassador, Permanent Representative', 'Deputy Permanent Representative', 'Minister-Counsellor', 'Counsellor', 'First Secretary', 'Second Secretary', 'Third Secretary', 'Attaché'],
  secretariat: ['Secretary-General', 'Deputy Secretary-General', 'Director', 'Assistant Director', 'Senior Officer', 'Technical Officer', 'Programme Manager'],
  academic: ['Rector', 'Vice-Rector', 'Dean', 'Professor', 'Associate Professor', 'Senior Research Fellow', 'Research Fellow', 'Lecturer'],
  other: ['Chair', 'Executive Director', 'Programme Officer', 'Project Coordinator', 'Adviser'],
};

// ---------- personal names ----------

/** One part of a name: as written, its Latin form (when the script is not Latin) and a Russian rendering. */
export type NamePart = { t: string; lat?: string; ru?: string };

const parts = (list: string): NamePart[] =>
  list.split(';').map((entry) => {
    const [t, lat, ru] = entry.split('|').map((s) => s.trim());
    return { t, lat: lat || undefined, ru: ru || undefined };
  });

export type NameStyle = 'vi' | 'th' | 'ru' | 'zh' | 'ja' | 'ko' | 'latin';

export type NamePool = { style: NameStyle; family: NamePart[]; given: NamePart[]; middle?: NamePart[]; givenFemale?: NamePart[]; languages: string[] };

export const VIETNAMESE: NamePool = {
  style: 'vi',
  languages: ['vi', 'en'],
  family: parts('Nguyễn||Нгуен;Nguyễn||Нгуен;Nguyễn||Нгуен;Trần||Чан;Lê||Ле;Phạm||Фам;Hoàng||Хоанг;Huỳnh||Хюинь;Phan||Фан;Vũ||Ву;Võ||Во;Đặng||Данг;Bùi||Буй;Đỗ||До;Hồ||Хо;Ngô||Нго;Dương||Зыонг;Lý||Ли'),
  middle: parts('Văn||Ван;Thị||Тхи;Minh||Минь;Đức||Дык;Thành||Тхань;Quốc||Куок;Hữu||Хыу;Ngọc||Нгок;Thu||Тху;Xuân||Суан'),
  given: parts('Anh||Ань;Hùng||Хунг;Dũng||Зунг;Hương||Хыонг;Lan||Лан;Linh||Линь;Tuấn||Туан;Thảo||Тхао;Trang||Чанг;Phương||Фыонг;Hải||Хай;Nam||Нам;Sơn||Шон;Quang||Куанг;Thủy||Тхюи;Hạnh||Хань;Long||Лонг;Việt||Вьет'),
};

export const THAI: NamePool = {
  style: 'th',
  languages: ['th', 'en'],
  given: parts(
    'สมชาย|Somchai|Сомчай;สมศักดิ์|Somsak|Сомсак;วิชัย|Wichai|Вичай;ประเสริฐ|Prasert|Прасерт;สุรชัย|Surachai|Сурачай;อนุชา|Anucha|Анута;กิตติพงษ์|Kittiphong|Киттипонг;ธนพล|Thanaphon|Танапон;นภาพร|Naphaphon|Напхапхон;สุดารัตน์|Sudarat|Сударат;พรทิพย์|Phonthip|Пхонтхип;วันเพ็ญ|Wanphen|Ванпхен;อรุณี|Arunee|Аруни;มาลี|Malee|Мали;จันทร์จิรา|Chanchira|Чанчира;ปิยะนุช|Piyanuch|Пиянут',
  ),
  family: parts(
    'ใจดี|Jaidee|Джайди;ศรีสุข|Srisuk|Сисук;วงศ์สวัสดิ์|Wongsawat|Вонгсават;แก้วมณี|Kaewmanee|Кэумани;บุญมา|Boonma|Бунма;ทองดี|Thongdee|Тхонгди;สุขสวัสดิ์|Suksawat|Суксават;รัตนพันธ์|Rattanaphan|Раттанапхан;พงษ์ไพบูลย์|Phongphaibun|Понгпхайбун;จันทร์เพ็ญ|Chanphen|Чанпхен;ศรีวงศ์|Sriwong|Сивонг;ประเสริฐศักดิ์|Prasertsak|Прасертсак',
  ),
};

export const RUSSIAN: NamePool = {
  style: 'ru',
  languages: ['ru', 'en'],
  given: parts('Сергей;Алексей;Андрей;Дмитрий;Михаил;Николай;Владимир;Игорь;Павел;Иван;Олег;Константин'),
  givenFemale: parts('Анна;Елена;Ольга;Наталья;Мария;Татьяна;Ирина;Екатерина;Светлана;Юлия'),
  // Father's first names: the patronymic is built from them.
  middle: parts('Сергей;Александр;Виктор;Николай;Петр;Иван;Андрей;Юрий'),
  family: parts('Иванов;Петров;Смирнов;Кузнецов;Соколов;Попов;Лебедев;Козлов;Новиков;Морозов;Волков;Соловьёв;Васильев;Зайцев;Павлов;Семёнов;Голубев;Виноградов;Богданов;Фёдоров'),
};

export const CHINESE: NamePool = {
  style: 'zh',
  languages: ['zh', 'en'],
  family: parts('王|Wang|Ван;李|Li|Ли;张|Zhang|Чжан;刘|Liu|Лю;陈|Chen|Чэнь;杨|Yang|Ян;黄|Huang|Хуан;赵|Zhao|Чжао;周|Zhou|Чжоу;吴|Wu|У'),
  given: parts('伟|Wei|Вэй;芳|Fang|Фан;娜|Na|На;敏|Min|Минь;静|Jing|Цзин;强|Qiang|Цян;磊|Lei|Лэй;洋|Yang|Ян;艳|Yan|Янь;军|Jun|Цзюнь;海燕|Haiyan|Хайянь;建华|Jianhua|Цзяньхуа'),
};

export const JAPANESE: NamePool = {
  style: 'ja',
  languages: ['ja', 'en'],
  family: parts('田中|Tanaka|Танака;佐藤|Sato|Сато;鈴木|Suzuki|Судзуки;高橋|Takahashi|Такахаси;渡辺|Watanabe|Ватанабэ;伊藤|Ito|Ито;山本|Yamamoto|Ямамото;中村|Nakamura|Накамура'),
  given: parts('浩|Hiroshi|Хироси;健太|Kenta|Кэнта;美咲|Misaki|Мисаки;陽子|Yoko|Ёко;大輔|Daisuke|Дайсукэ;直樹|Naoki|Наоки;由美|Yumi|Юми;翔|Sho|Сё'),
};

export const KOREAN: NamePool = {
  style: 'ko',
  languages: ['ko', 'en'],
  family: parts('김|Kim|Ким;이|Lee|Ли;박|Park|Пак;최|Choi|Чхве;정|Jung|Чон;강|Kang|Кан;조|Cho|Чо;윤|Yoon|Юн'),
  given: parts('민준|Min-jun|Мин Джун;서연|Seo-yeon|Со Ён;지훈|Ji-hoon|Чжи Хун;수진|Su-jin|Су Джин;현우|Hyun-woo|Хён У;지영|Ji-young|Чжи Ён;도윤|Do-yoon|До Юн;하은|Ha-eun|Ха Ын'),
};

const latin = (languages: string[], family: string, given: string): NamePool => ({ style: 'latin', languages, family: parts(family), given: parts(given) });

/** Names by the country of a person's main post. */
export const NAME_POOLS: Record<string, NamePool> = {
  VN: VIETNAMESE,
  TH: THAI,
  RU: RUSSIAN,
  CN: CHINESE,
  JP: JAPANESE,
  KR: KOREAN,
  ID: latin(['id', 'en'], 'Santoso;Wijaya;Hidayat;Saputra;Kusuma;Pratama;Nugroho;Setiawan;Gunawan;Siregar;Sitompul;Lubis', 'Budi;Siti;Agus;Dewi;Rizal;Ahmad;Putri;Hendra;Wahyu;Retno;Indah;Joko;Bambang;Yuliana'),
  MY: latin(['ms', 'en'], 'Rahman;Ibrahim;Abdullah;Hassan;Ismail;Osman;Yusof;Lim;Tan;Ong', 'Ahmad;Nur;Farid;Aisyah;Hafiz;Zulkifli;Siti;Azlan;Mei Ling;Kumar'),
  BN: latin(['ms', 'en'], 'Abdul Rahman;Haji Ahmad;Bolkiah;Yusof;Mahmud;Salleh', 'Awang;Dayang;Pengiran;Hjh Norhayati;Mohd Rozan;Siti Aminah'),
  PH: latin(['fil', 'en'], 'Santos;Reyes;Cruz;Garcia;Mendoza;Bautista;Ramos;Aquino;Dela Cruz;Villanueva;Castillo', 'Maria;Jose;Juan;Ana;Carlo;Patricia;Ramon;Liza;Miguel;Cristina'),
  SG: latin(['en', 'zh', 'ms'], 'Tan;Lim;Lee;Ng;Wong;Goh;Chua;Teo;Koh;Balakrishnan', 'Wei Ming;Mei Ling;Jia Hui;Jun Jie;Hui Min;Kok Wah;Siew Lan;Vivian;Lawrence'),
  LA: latin(['lo', 'en'], 'Phommachanh;Sisoulith;Vongsay;Keobounphanh;Inthavong;Sayavong;Douangchak;Phanthavong;Khamphoui', 'Bounmy;Khamphao;Souksavanh;Vilayvanh;Phonesavanh;Thongsing;Sengdeuane;Keo;Latsamy'),
  KH: latin(['km', 'en'], 'Sok;Chea;Kim;Prak;Keo;Chan;Meas;Heng;Lim;Sorn', 'Sophea;Dara;Vannak;Chenda;Sokha;Bopha;Rithy;Sreymom;Pisey;Virak'),
  MM: latin(['my', 'en'], 'Aung;Kyaw;Htun;Win;Zaw;Myint;Soe;Oo;Naing', 'Thida;Khin;Su;Min;Thant;Nyein;Hla;Moe;Ye'),
  TL: latin(['pt', 'tet', 'en'], 'da Costa;Soares;Guterres;Pereira;Alves;Ximenes;Belo;Freitas', 'José;Maria;Ana;João;Domingos;Fidelis;Agostinho;Rosa'),
  IN: latin(['hi', 'en'], 'Sharma;Patel;Singh;Kumar;Gupta;Reddy;Iyer;Nair;Menon;Chatterjee', 'Rajesh;Priya;Amit;Sunita;Arun;Kavita;Vikram;Deepa;Anjali;Sanjay'),
  EU: latin(['en', 'fr', 'de'], 'Müller;Dubois;Rossi;García;Schmidt;Kowalski;Jansen;Novák;Lefèvre;Sørensen', 'Anna;Pierre;Marco;Sofia;Jan;Lukas;Élodie;Matteo;Zuzana;Søren'),
  AU: latin(['en'], 'Smith;Brown;Wilson;Taylor;Johnson;Martin;Anderson;Clarke;Nguyen;Campbell', 'James;Sarah;David;Emily;Michael;Olivia;Thomas;Charlotte;Jack;Chloe'),
  NZ: latin(['en', 'mi'], 'Smith;Williams;Brown;Wilson;Taylor;Ngata;Parata;Walker', 'James;Aroha;Sarah;Wiremu;Emma;Hemi;Grace;Liam'),
  US: latin(['en'], 'Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Rodriguez;Martinez;Lee', 'John;Mary;Robert;Jennifer;Michael;Linda;William;Elizabeth;Daniel;Susan'),
  CA: latin(['en', 'fr'], 'Tremblay;Roy;Gagnon;Smith;Brown;Martin;Côté;Bouchard', 'Jean;Marie;David;Sophie;Étienne;Emma;Luc;Chloé'),
  GB: latin(['en'], 'Smith;Jones;Williams;Taylor;Davies;Evans;Thomas;Roberts;Hughes;Wright', 'Oliver;Amelia;George;Isla;Harry;Emily;Charles;Poppy;Edward;Alice'),
};

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Passport-style Latin spelling of a Russian name. */
export function transliterate(cyrillic: string): string {
  return [...cyrillic]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const lat = CYRILLIC_TO_LATIN[lower];
      if (lat === undefined) return ch;
      return ch === lower ? lat : lat.charAt(0).toUpperCase() + lat.slice(1);
    })
    .join('');
}

/** «Сергей» → «Сергеевич» / «Сергеевна». */
export function patronymic(father: string, female: boolean): string {
  if (father.endsWith('ий')) return father.slice(0, -2) + (female ? 'ьевна' : 'ьевич');
  if (father.endsWith('й')) return father.slice(0, -1) + (female ? 'евна' : 'евич');
  return father + (female ? 'овна' : 'ович');
}

/** «Иванов» → «Иванова» for a woman. */
export const feminineSurname = (family: string) => (/(ов|ев|ёв|ин)$/.test(family) ? `${family}а` : family);
