// The parties, the SCO organisation and the seven accounts every test app starts with: written once into the run's template database, read back per file.
import { eq, like } from 'drizzle-orm';
import type { Executor } from '../../src/server/db/client.ts';
import { organizations, parties, users } from '../../src/server/db/schema/index.ts';
import type { Role } from '../../src/shared/common.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export type Who = 'admin' | 'head' | 'staff' | 'staff2' | 'delegateId' | 'delegateVn' | 'liaisonSco' | 'anonymous';
export type Account = Exclude<Who, 'anonymous'>;

const SCO = 'SCO Secretariat';
const EMAIL_DOMAIN = '@test.example';

/** admin, head, staff, staff2, a delegate of Indonesia, one of Viet Nam, and a liaison officer of the SCO Secretariat. */
const accounts: Record<Account, { role: Role; partyCode?: string; ofSco?: true }> = {
  admin: { role: 'admin' },
  head: { role: 'head' },
  staff: { role: 'staff' },
  staff2: { role: 'staff' },
  delegateId: { role: 'delegate', partyCode: 'ID' },
  delegateVn: { role: 'delegate', partyCode: 'VN' },
  liaisonSco: { role: 'liaison', ofSco: true },
};

/** Writes the parties, the organisation and the accounts, all with `passwordHash` (a hash of TEST_PASSWORD). */
export async function insertTestAccounts(db: Executor, passwordHash: string) {
  await db.insert(parties).values([
    { code: 'ID', names: { en: 'Indonesia' }, kind: 'member_state', classification: 'public', searchText: 'indonesia' },
    { code: 'VN', names: { en: 'Viet Nam' }, kind: 'member_state', classification: 'public', searchText: 'viet nam' },
    { code: 'TH', names: { en: 'Thailand' }, kind: 'member_state', classification: 'public', searchText: 'thailand' },
    { code: 'RU', names: { en: 'Russian Federation' }, kind: 'dialogue_partner', isOwn: true, classification: 'public', searchText: 'russian federation' },
  ]);
  const [sco] = await db.insert(organizations).values({ names: { en: SCO }, kind: 'secretariat', classification: 'public', searchText: 'sco secretariat' }).returning();
  // One at a time, in this order, as the accounts were always created.
  for (const [key, d] of Object.entries(accounts)) {
    await db.insert(users).values({
      email: `${key}${EMAIL_DOMAIN}`,
      displayName: `Test ${key}`,
      role: d.role,
      partyCode: d.partyCode ?? null,
      organizationId: d.ofSco ? sco.id : null,
      passwordHash,
    });
  }
}

/** Reads back the SCO organisation and the accounts written by insertTestAccounts. */
export async function readTestAccounts(db: Executor) {
  const [sco] = await db.select().from(organizations).where(eq(organizations.nameEn, SCO));
  const rows = await db.select().from(users).where(like(users.email, `%${EMAIL_DOMAIN}`));
  const byEmail = new Map(rows.map((u) => [u.email.toLowerCase(), u]));
  const found = Object.keys(accounts).map((key) => {
    const user = byEmail.get(`${key}${EMAIL_DOMAIN}`.toLowerCase());
    if (!user) throw new Error(`The test database has no account ${key}${EMAIL_DOMAIN}: was it cloned from the template with accounts?`);
    return [key as Account, user] as const;
  });
  return { sco, users: found };
}
