// The time zone of each party's capital, for telling a delegation a deadline in its own time.
/**
 * The time zone of each party's capital, for telling a delegation a deadline
 * in its own time. Parties not listed fall back to the procedure's zone.
 */
export const PARTY_TIME_ZONES: Record<string, string> = {
  BN: 'Asia/Brunei',
  KH: 'Asia/Phnom_Penh',
  ID: 'Asia/Jakarta',
  LA: 'Asia/Vientiane',
  MY: 'Asia/Kuala_Lumpur',
  MM: 'Asia/Yangon',
  PH: 'Asia/Manila',
  SG: 'Asia/Singapore',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  TL: 'Asia/Dili',
  RU: 'Europe/Moscow',
  CN: 'Asia/Shanghai',
  IN: 'Asia/Kolkata',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  AU: 'Australia/Sydney',
  NZ: 'Pacific/Auckland',
  US: 'America/New_York',
  CA: 'America/Toronto',
  EU: 'Europe/Brussels',
  GB: 'Europe/London',
  KZ: 'Asia/Almaty',
  BY: 'Europe/Minsk',
  AM: 'Asia/Yerevan',
  KG: 'Asia/Bishkek',
  TJ: 'Asia/Dushanbe',
  UZ: 'Asia/Tashkent',
  PK: 'Asia/Karachi',
  IR: 'Asia/Tehran',
};

export const partyTimeZone = (partyCode: string, fallback: string) => PARTY_TIME_ZONES[partyCode] ?? fallback;
