// Signing in (throttled, never telling which part was wrong, then the second factor when the user has one), describing the signed-in user, setting their language.
import { eq } from 'drizzle-orm';
import type { Me } from '../../../shared/auth.ts';
import type { Language } from '../../../shared/common.ts';
import { rolesRequiringSecondFactor } from '../../config.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { allowedClassifications, isMission, missionKeptRecord } from '../access/policy.ts';
import { provider } from '../modules/providers.ts';
import { findByEmail } from '../accounts/accounts.usecases.ts';
import { diff, recordAudit } from '../audit/audit.ts';
import type { RequestContext, Viewer } from '../context.ts';
import type { Deps } from '../deps.ts';
import { unauthenticated } from '../errors.ts';
import { invalidCredentials, throttled } from './auth.errors.ts';
import { verifyPassword } from './passwords.ts';
import { type SignInMeta, openSecondFactorChallenge, startSession, toViewer } from './sign-in.ts';
import { clearFailures, recordFailure, throttledUntil, throttleKeys } from './throttle.ts';

/**
 * Checks credentials and opens a new session. The answer never tells whether
 * the e-mail exists: unknown accounts, wrong passwords and disabled accounts
 * fail alike, after the same password check.
 */
export async function login(
  deps: Deps,
  meta: SignInMeta,
  input: { email: string; password: string },
): Promise<{ token: string; viewer: Viewer } | { challenge: string }> {
  const limits = { maxFailures: deps.config.loginMaxFailures, windowMs: deps.config.loginWindowMs };
  const keys = throttleKeys(input.email, meta.ip);
  const until = await throttledUntil(deps.db, keys, limits);
  if (until) throw throttled(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)));
  const user = await findByEmail(deps.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabledAt || user.service) {
    await recordFailure(deps.db, keys);
    throw invalidCredentials();
  }
  // A user with a second factor gets a challenge, not a session; failures stay counted until the code is right.
  const challenge = await openSecondFactorChallenge(deps, user);
  if (challenge) return { challenge };
  await clearFailures(deps.db, input.email, meta.ip);
  const token = await startSession(deps, user, meta);
  return { token, viewer: toViewer(user) };
}

export async function describeMe(deps: Deps, ctx: RequestContext, demo: boolean): Promise<Me> {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const organizationName = v.organizationId ? await provider('directory').organizationName(deps.db, v.organizationId) : null;
  const mission = isMission(v.role);
  const canAudit = v.role === 'admin' || v.role === 'head';
  const secondFactorOn = v.secondFactor ?? false;
  const secondFactorRequired = rolesRequiringSecondFactor(deps.config).includes(v.role);
  return {
    user: { ...v, organizationName },
    abilities: {
      modules: ['directory', 'meetings', 'calendar', ...(canAudit ? ['audit'] : []), ...(v.role === 'admin' ? ['admin'] : [])],
      manageUsers: v.role === 'admin',
      viewAudit: canAudit,
      editDirectory: mission,
      classifications: allowedClassifications(ctx, missionKeptRecord),
    },
    demo,
    secondFactor: { on: secondFactorOn, required: secondFactorRequired, mustEnrol: secondFactorRequired && !secondFactorOn },
  };
}

export async function setLanguage(deps: Deps, ctx: RequestContext, language: Language) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  await deps.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, v.id));
    if (before.language === language) return;
    const [after] = await tx.update(users).set({ language, updatedAt: new Date() }).where(eq(users.id, v.id)).returning();
    await recordAudit(tx, ctx, { action: 'user.preferences', recordType: 'user', recordId: v.id, changes: diff(before, after, ['language']) });
  });
  return { ...ctx, viewer: { ...v, language } };
}
