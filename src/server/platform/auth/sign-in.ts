// Finishing a sign-in: the second-factor challenge after a right password, the session, the sign-in's audit entry and the notice of a new address.
import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { knownAddresses, recoveryCodes, signInChallenges, users } from '../../db/schema/accounts.table.ts';
import { recordAudit } from '../audit/audit.ts';
import type { RequestContext, Viewer } from '../context.ts';
import type { Deps } from '../deps.ts';
import { text } from '../i18n/texts.ts';
import { queueMail } from '../notifications/mail.ts';
import { composeAccountMail } from '../notifications/mail-text.ts';
import { challengeExpired, throttled, wrongSecondFactor } from './auth.errors.ts';
import { createSession, newToken, tokenId } from './sessions.ts';
import { clearFailures, recordFailure, throttledUntil, throttleKeys } from './throttle.ts';
import { checkTotp, looksLikeRecoveryCode, recoveryCodeHash } from './totp.ts';

type UserRow = typeof users.$inferSelect;
export type SignInMeta = { ip: string | null; userAgent: string | null; requestId?: string | null };

/** A challenge lives five minutes and survives five wrong codes. */
export const CHALLENGE_MS = 5 * 60_000;
const CHALLENGE_ATTEMPTS = 5;

export const toViewer = (user: UserRow): Viewer => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  language: user.language,
  partyCode: user.partyCode,
  organizationId: user.organizationId,
  secondFactor: user.totpEnabledAt !== null,
});

/**
 * After a right password: for a user with a second factor, a challenge token
 * that the code must come with (no session yet); null for everyone else.
 */
export async function openSecondFactorChallenge(deps: Deps, user: UserRow): Promise<string | null> {
  if (!user.totpEnabledAt) return null;
  const challenge = newToken();
  await deps.db.insert(signInChallenges).values({ id: tokenId(challenge), userId: user.id });
  return challenge;
}

/**
 * Opens the session of a user whose sign-in succeeded, in one transaction
 * with its audit entry. A sign-in from an address the user has not signed in
 * from before (when they have signed in from another one) queues an e-mail
 * notice, sent by the mail job once this commits.
 */
export async function startSession(deps: Deps, user: UserRow, meta: SignInMeta, how: 'password' | 'totp' | 'recovery_code' = 'password') {
  return deps.db.transaction(async (tx) => {
    const token = await createSession(tx, user.id, meta);
    const newAddress = meta.ip ? await rememberAddress(tx, user.id, meta.ip) : false;
    const ctx: RequestContext = { viewer: toViewer(user), requestId: meta.requestId ?? null, ip: meta.ip };
    await recordAudit(tx, ctx, {
      action: 'user.sign_in',
      recordType: 'user',
      recordId: user.id,
      changes: { method: { after: how }, ...(newAddress ? { newAddress: { after: meta.ip } } : {}) },
    });
    if (newAddress) await queueNewAddressNotice(tx, user, meta);
    return token;
  });
}

/** Records the address; true when it is new for this user and they had signed in from elsewhere before. */
async function rememberAddress(tx: Tx, userId: string, ip: string): Promise<boolean> {
  const inserted = await tx
    .insert(knownAddresses)
    .values({ userId, ip })
    .onConflictDoUpdate({ target: [knownAddresses.userId, knownAddresses.ip], set: { lastSeenAt: sql`now()` } })
    // xmax is 0 on a row this statement inserted, not on one it updated.
    .returning({ isNew: sql<boolean>`(xmax = 0)` });
  if (!inserted[0].isNew) return false;
  const [other] = await tx
    .select({ ip: knownAddresses.ip })
    .from(knownAddresses)
    .where(and(eq(knownAddresses.userId, userId), ne(knownAddresses.ip, ip)))
    .limit(1);
  return other !== undefined;
}

async function queueNewAddressNotice(tx: Tx, user: UserRow, meta: SignInMeta) {
  const lang = user.language;
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const body = text(lang, 'auth.newAddress.body', {
    when,
    ip: meta.ip,
    browser: meta.userAgent?.slice(0, 200) || text(lang, 'auth.newAddress.unknownBrowser'),
  });
  await queueMail(tx, {
    userId: user.id,
    toAddress: user.email,
    language: lang,
    subject: text(lang, 'auth.newAddress.subject'),
    textBody: composeAccountMail(lang, user.displayName, body, '/account/security'),
  });
}

/**
 * The second step of signing in: the challenge from the first step and a
 * code from the authenticator app (each accepted once) or an unused recovery
 * code (then used up). Wrong codes count as failed sign-ins.
 */
export async function loginSecondFactor(deps: Deps, meta: SignInMeta, input: { challenge: string; code: string }) {
  const id = tokenId(input.challenge);
  const [row] = await deps.db
    .select({ challenge: signInChallenges, user: users })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(and(eq(signInChallenges.id, id), gt(signInChallenges.createdAt, new Date(Date.now() - CHALLENGE_MS))))
    .limit(1);
  if (!row || row.user.disabledAt || !row.user.totpSecret) throw challengeExpired();
  const { user } = row;
  const keys = await refuseIfThrottled(deps, user.email, meta.ip);

  const how = await acceptCode(deps, user, input.code);
  if (!how) {
    await recordFailure(deps.db, keys);
    const [after] = await deps.db
      .update(signInChallenges)
      .set({ attempts: sql`${signInChallenges.attempts} + 1` })
      .where(eq(signInChallenges.id, id))
      .returning({ attempts: signInChallenges.attempts });
    if (!after || after.attempts >= CHALLENGE_ATTEMPTS) {
      await deps.db.delete(signInChallenges).where(eq(signInChallenges.id, id));
      throw challengeExpired();
    }
    throw wrongSecondFactor();
  }
  // One challenge opens one session, even when two right codes race.
  const dropped = await deps.db.delete(signInChallenges).where(eq(signInChallenges.id, id)).returning({ id: signInChallenges.id });
  if (dropped.length === 0) throw challengeExpired();
  await clearFailures(deps.db, user.email, meta.ip);
  const token = await startSession(deps, user, meta, how);
  return { token, viewer: toViewer(user) };
}

/**
 * Refuses (429) a further guess at an account's password or code while the
 * sign-in throttle holds it; gives the keys to count a wrong one under.
 */
export async function refuseIfThrottled(deps: Deps, email: string, ip: string | null) {
  const limits = { maxFailures: deps.config.loginMaxFailures, windowMs: deps.config.loginWindowMs };
  const keys = throttleKeys(email, ip);
  const until = await throttledUntil(deps.db, keys, limits);
  if (until) throw throttled(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)));
  return keys;
}

/** Uses up the code if it is right: a TOTP step is accepted once, a recovery code is marked used. */
async function acceptCode(deps: Deps, user: UserRow, code: string): Promise<'totp' | 'recovery_code' | null> {
  if (looksLikeRecoveryCode(code)) {
    const used = await deps.db
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, recoveryCodeHash(code)), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return used.length > 0 ? 'recovery_code' : null;
  }
  const step = await checkTotp(user.totpSecret!, code, user.totpLastStep);
  if (step === null) return null;
  // Only a later step than the last one accepted, even between two processes.
  const taken = await deps.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), sql`(${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return taken.length > 0 ? 'totp' : null;
}

/** Housekeeping: drop challenges that can no longer be answered. */
export async function purgeOldChallenges(db: Executor, now = new Date()) {
  await db.delete(signInChallenges).where(lt(signInChallenges.createdAt, new Date(now.getTime() - CHALLENGE_MS)));
}
