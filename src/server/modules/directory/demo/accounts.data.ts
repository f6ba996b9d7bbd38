// Demo sign-in accounts, one per role, with deliberately artificial names.
/**
 * Demo sign-in accounts, one per role (demo-data.md §0: Mission staff and all
 * internal actors are fictional, with deliberately artificial names).
 * Addresses use the reserved demo domain chancery.test. Ivan Testov, Rina
 * Percobaan, Nguyễn Thị Mẫu and Wang Shili also appear in people.data.ts, with
 * the account's address as their e-mail.
 */
import type { DemoAccount } from './demo.types.ts';

export const accounts: DemoAccount[] = [
  { email: 'admin@chancery.test', displayName: 'Admin, Chancery', language: 'en', role: 'admin' },
  { email: 'head@chancery.test', displayName: 'Андрей Главнов', language: 'ru', role: 'head' },
  { email: 'staff@chancery.test', displayName: 'Ivan Testov', language: 'en', role: 'staff' },
  { email: 'delegate.id@chancery.test', displayName: 'Rina Percobaan', language: 'en', role: 'delegate', partyCode: 'ID' },
  { email: 'delegate.vn@chancery.test', displayName: 'Nguyễn Thị Mẫu', language: 'en', role: 'delegate', partyCode: 'VN' },
  { email: 'liaison.sco@chancery.test', displayName: 'Wang Shili', language: 'en', role: 'liaison', orgKey: 'sco-sec' },
];
