// A user's own account security: setting up and switching off the second factor, recovery codes, their sessions and their password; each change audited.
import { and, count, desc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { passwordChangeSchema } from '../../../shared/account-security.ts';
import { rolesRequiringSecondFactor } from '../../config.ts';
import type { Tx } from '../../db/client.ts';
import { recoveryCodes, sessions, users } from '../../db/schema/accounts.table.ts';
import { recordAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { unauthenticated } from '../errors.ts';
import { demoPassword } from '../accounts/accounts.errors.ts';
import {
  secondFactorAlreadyOn,
  secondFactorNotPending,
  secondFactorOff,
  secondFactorRequiredForRole,
  sessionNotFound,
  wrongCurrentPassword,
  wrongSecondFactor,
} from './auth.errors.ts';
import { checkNewPassword } from './password-rules.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { tokenId } from './sessions.ts';
import { refuseIfThrottled } from './sign-in.ts';
import { recordFailure } from './throttle.ts';
import { checkTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpQrSvg, totpUri } from './totp.ts';

const viewerOf = (ctx: RequestContext) => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
};

async function ownRow(tx: Tx | Deps['db'], userId: string) {
  const [u] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!u) throw unauthenticated();
  return u;
}

const audit = (tx: Tx, ctx: RequestContext, action: string, changes: Record<string, { before?: unknown; after?: unknown }> = {}) =>
  recordAudit(tx, ctx, { action, recordType: 'user', recordId: ctx.viewer!.id, changes });

/** The state of the user's second factor. */
export async function describeSecurity(deps: Deps, ctx: RequestContext) {
  const v = viewerOf(ctx);
  const u = await ownRow(deps.db, v.id);
  const [{ n }] = await deps.db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, v.id), isNull(recoveryCodes.usedAt)));
  return {
    secondFactor: {
      on: u.totpEnabledAt !== null,
      enabledAt: u.totpEnabledAt?.toISOString() ?? null,
      required: rolesRequiringSecondFactor(deps.config).includes(u.role),
      recoveryCodesLeft: u.totpEnabledAt ? n : 0,
    },
  };
}

/** Starts setting up the second factor: a new secret, kept aside until a code from it confirms it. */
export async function startSecondFactorSetup(deps: Deps, ctx: RequestContext) {
  const v = viewerOf(ctx);
  const secret = newTotpSecret();
  await deps.db.transaction(async (tx) => {
    const u = await ownRow(tx, v.id);
    if (u.totpEnabledAt) throw secondFactorAlreadyOn();
    await tx.update(users).set({ totpPendingSecret: secret, updatedAt: new Date() }).where(eq(users.id, v.id));
    await audit(tx, ctx, 'user.second_factor_setup');
  });
  const uri = totpUri(secret, v.email);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

/** Confirms the set-up with a code from the app: the second factor is on, and ten recovery codes are shown once. */
export async function confirmSecondFactor(deps: Deps, ctx: RequestContext, code: string) {
  const v = viewerOf(ctx);
  const u = await ownRow(deps.db, v.id);
  if (u.totpEnabledAt) throw secondFactorAlreadyOn();
  if (!u.totpPendingSecret) throw secondFactorNotPending();
  const step = await checkTotp(u.totpPendingSecret, code, null);
  if (step === null) throw wrongSecondFactor();
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    const [done] = await tx
      .update(users)
      .set({ totpSecret: u.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step, updatedAt: new Date() })
      .where(and(eq(users.id, v.id), eq(users.totpPendingSecret, u.totpPendingSecret!), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (!done) throw secondFactorNotPending();
    await replaceRecoveryCodes(tx, v.id, codes);
    await audit(tx, ctx, 'user.second_factor_on', { secondFactor: { before: 'off', after: 'totp' } });
  });
  return { recoveryCodes: codes };
}

async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })));
}

/** The user's own password, asked again before a change; wrong guesses count as failed sign-ins, so a stolen session cannot try many. */
export async function checkOwnPassword(deps: Deps, ctx: RequestContext, password: string, field: string) {
  const u = await ownRow(deps.db, viewerOf(ctx).id);
  const keys = await refuseIfThrottled(deps, u.email, ctx.ip);
  if (!(await verifyPassword(u.passwordHash, password))) {
    await recordFailure(deps.db, keys);
    throw wrongCurrentPassword(field);
  }
  return u;
}

/** New recovery codes, shown once; the old ones stop working. Asks for the password. */
export async function regenerateRecoveryCodes(deps: Deps, ctx: RequestContext, password: string) {
  const v = viewerOf(ctx);
  const u = await checkOwnPassword(deps, ctx, password, 'password');
  if (!u.totpEnabledAt) throw secondFactorOff();
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, v.id, codes);
    await audit(tx, ctx, 'user.recovery_codes_renew');
  });
  return { recoveryCodes: codes };
}

/** Switches the second factor off (not when the role requires it). Asks for the password. */
export async function disableSecondFactor(deps: Deps, ctx: RequestContext, password: string) {
  const v = viewerOf(ctx);
  const u = await checkOwnPassword(deps, ctx, password, 'password');
  if (!u.totpEnabledAt) throw secondFactorOff();
  if (rolesRequiringSecondFactor(deps.config).includes(u.role)) throw secondFactorRequiredForRole();
  await deps.db.transaction(async (tx) => {
    await clearSecondFactor(tx, v.id);
    await audit(tx, ctx, 'user.second_factor_off', { secondFactor: { before: 'totp', after: 'off' } });
  });
}

/** Removes a user's second factor and recovery codes (the user, or an administrator for a lost device). */
export async function clearSecondFactor(tx: Tx, userId: string) {
  await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null, updatedAt: new Date() })
    .where(eq(users.id, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** The user's open sessions, newest use first; `currentToken` marks the one asking. */
export async function listOwnSessions(deps: Deps, ctx: RequestContext, currentToken: string | undefined) {
  const v = viewerOf(ctx);
  const current = currentToken ? tokenId(currentToken) : null;
  const rows = await deps.db.select().from(sessions).where(eq(sessions.userId, v.id)).orderBy(desc(sessions.lastSeenAt));
  return {
    items: rows.map((s) => ({
      id: s.handle,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      ip: s.ip,
      userAgent: s.userAgent,
      current: s.id === current,
    })),
  };
}

/** Ends one of the user's own sessions; another user's, or an unknown one, is 404 alike. */
export async function revokeOwnSession(deps: Deps, ctx: RequestContext, handle: string) {
  const v = viewerOf(ctx);
  await deps.db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, v.id), eq(sessions.handle, handle)))
      .returning({ ip: sessions.ip });
    if (ended.length === 0) throw sessionNotFound();
    await audit(tx, ctx, 'user.session_end', { session: { before: handle }, ip: { before: ended[0].ip } });
  });
}

/** Ends every session of the user but the one asking. */
export async function signOutOtherSessions(deps: Deps, ctx: RequestContext, currentToken: string | undefined) {
  const v = viewerOf(ctx);
  return deps.db.transaction(async (tx) => {
    const keep = currentToken ? tokenId(currentToken) : '';
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, v.id), ne(sessions.id, keep)))
      .returning({ id: sessions.id });
    await audit(tx, ctx, 'user.sessions_end_others', { ended: { after: ended.length } });
    return { ended: ended.length };
  });
}

/** The user changes their own password: the current one, then a new one that meets the rules; other sessions end. */
export async function changeOwnPassword(deps: Deps, ctx: RequestContext, input: z.output<typeof passwordChangeSchema>, currentToken: string | undefined) {
  const v = viewerOf(ctx);
  const u = await checkOwnPassword(deps, ctx, input.currentPassword, 'currentPassword');
  if (input.newPassword === deps.config.demoPassword) throw demoPassword('newPassword');
  checkNewPassword(input.newPassword, u, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, demoPassword: false, updatedAt: new Date() }).where(eq(users.id, v.id));
    const keep = currentToken ? tokenId(currentToken) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, v.id), ne(sessions.id, keep)));
    await audit(tx, ctx, 'user.password_change', { password: { after: 'changed' } });
  });
}
