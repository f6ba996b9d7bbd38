// Accounts: creating, listing and changing users (role, party or organisation, password, switching a lost second factor off), audited.
import { randomBytes } from 'node:crypto';
import { and, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { userCreateSchema, userListQuerySchema, userUpdateSchema } from '../../../shared/admin.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { diff, recordAudit } from '../audit/audit.ts';
import { clearSecondFactor } from '../auth/account-security.usecases.ts';
import { checkNewPassword } from '../auth/password-rules.ts';
import { hashPassword } from '../auth/passwords.ts';
import { destroyUserSessions } from '../auth/sessions.ts';
import { type RequestContext, systemContext } from '../context.ts';
import { provider } from '../modules/providers.ts';
import type { Deps } from '../deps.ts';
import {
  accountUnknownOrganization,
  accountUnknownParty,
  cannotDisableSelf,
  demoPassword,
  emailTaken,
  userEmailNotFound,
  userNotFound,
} from './accounts.errors.ts';
import { listPage, type SortKey } from '../records/list-page.ts';
import { containsPattern } from '../text.ts';

type UserRow = typeof users.$inferSelect;

export const toUserDto = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  language: u.language,
  role: u.role,
  partyCode: u.partyCode,
  organizationId: u.organizationId,
  disabledAt: u.disabledAt?.toISOString() ?? null,
  secondFactor: u.totpEnabledAt !== null,
  service: u.service,
  createdAt: u.createdAt.toISOString(),
});

const AUDITED = ['email', 'displayName', 'language', 'role', 'partyCode', 'organizationId', 'disabledAt'] as const;

async function findByEmail(db: Executor, email: string) {
  const [u] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return u ?? null;
}


export async function createUser(
  deps: Deps,
  ctx: RequestContext,
  input: Omit<z.output<typeof userCreateSchema>, 'service'> & { service?: boolean },
  opts: { demoPassword?: boolean } = {},
) {
  const email = input.email.trim();
  // A service account never signs in with a password: it gets a random one nobody knows.
  const password = input.service ? randomBytes(32).toString('base64url') : input.password!;
  if (!opts.demoPassword && !input.service) checkNewPassword(password, { email, displayName: input.displayName });
  if (input.role === 'delegate') {
    const found = await provider('directory').existingPartyCodes(deps.db, [input.partyCode!]);
    if (!found.has(input.partyCode!)) throw accountUnknownParty(input.partyCode!);
  }
  if (input.role === 'liaison') {
    const found = await provider('directory').visibleOrganizationIds(deps.db, systemContext('accounts'), [input.organizationId!]);
    if (!found.has(input.organizationId!)) throw accountUnknownOrganization();
  }
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    if (await findByEmail(tx, email)) throw emailTaken();
    const [u] = await tx
      .insert(users)
      .values({
        email,
        displayName: input.displayName,
        language: input.language,
        role: input.role,
        partyCode: input.role === 'delegate' ? input.partyCode! : null,
        organizationId: input.role === 'liaison' ? input.organizationId! : null,
        passwordHash,
        demoPassword: opts.demoPassword ?? false,
        service: input.service ?? false,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'user.create', recordType: 'user', recordId: u.id, changes: { ...diff(null, u, AUDITED), ...(u.service ? { service: { after: true } } : {}) } });
    return u;
  });
}

const userSortKeys: Record<'email', SortKey<UserRow>> = {
  email: { expr: sql`lower(${users.email})`, value: (r) => r.email, type: 'text', wrap: (v) => sql`lower(${v})` },
};

/** Accounts by e-mail address. Gate: admin (route policy); accounts are not classified records. */
export async function listUsers(deps: Deps, query: z.output<typeof userListQuerySchema>) {
  const res = await listPage(
    { ...query, sort: 'email' },
    {
      rows: () => deps.db.select().from(users),
      count: () => deps.db.select({ n: count() }).from(users),
      map: (r) => r,
      id: users.id,
      access: sql`true`,
      where: [
        query.role ? eq(users.role, query.role) : undefined,
        query.q ? or(ilike(users.email, containsPattern(query.q)), ilike(users.displayName, containsPattern(query.q))) : undefined,
      ],
      sortKeys: userSortKeys,
    },
  );
  return { ...res, items: res.items.map(toUserDto) };
}

async function loadUser(db: Executor, idOrEmail: string) {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrEmail);
  const [u] = isUuid
    ? await db.select().from(users).where(eq(users.id, idOrEmail)).limit(1)
    : await db.select().from(users).where(sql`lower(${users.email}) = lower(${idOrEmail})`).limit(1);
  if (!u) throw isUuid ? userNotFound() : userEmailNotFound(idOrEmail);
  return u;
}

export async function updateUser(deps: Deps, ctx: RequestContext, idOrEmail: string, input: z.output<typeof userUpdateSchema>) {
  const before = await loadUser(deps.db, idOrEmail);
  if (input.disabled && ctx.viewer?.id === before.id) throw cannotDisableSelf();
  if (input.password !== undefined && input.password === deps.config.demoPassword) throw demoPassword();
  if (input.password !== undefined) checkNewPassword(input.password, { email: before.email, displayName: input.displayName ?? before.displayName });
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  return deps.db.transaction(async (tx) => {
    let [after] = await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.language !== undefined ? { language: input.language } : {}),
        ...(input.disabled !== undefined ? { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null } : {}),
        ...(passwordHash ? { passwordHash, demoPassword: false } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, before.id))
      .returning();
    const changes = diff(before, after, AUDITED);
    if (input.secondFactor === 'off' && before.totpEnabledAt) {
      await clearSecondFactor(tx, before.id);
      after = { ...after, totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null };
      changes.secondFactor = { before: 'totp', after: 'off' };
    }
    // The password itself is never recorded, only that it changed.
    if (passwordHash) changes.password = { after: 'changed' };
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { action: 'user.update', recordType: 'user', recordId: after.id, changes });
    }
    if (input.disabled || passwordHash || changes.secondFactor) await destroyUserSessions(tx, after.id);
    return after;
  });
}

/** Accounts that still have the demo password: production refuses to start while any exists. */
export async function accountsWithDemoPassword(db: Executor) {
  return db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.demoPassword, true), sql`${users.disabledAt} is null`));
}


export { findByEmail, loadUser };
