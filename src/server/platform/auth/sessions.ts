// Sessions: created with a random token whose hash alone is stored, resolved with idle and absolute limits, ended, purged.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/accounts.table.ts';
import type { Viewer } from '../context.ts';

export const SESSION_COOKIE = 'chancery_session';

export type SessionLimits = { idleMs: number; maxMs: number };

/** What is stored of a secret token: its SHA-256. */
export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh random token (32 bytes, base64url). */
export const newToken = () => randomBytes(32).toString('base64url');

/** A new session with a fresh random token; only its hash is stored. */
export async function createSession(db: Executor, userId: string, meta: { ip: string | null; userAgent: string | null }) {
  const token = newToken();
  await db.insert(sessions).values({ id: tokenId(token), userId, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null });
  return token;
}

/** The user behind a session token, or null when it is unknown, expired or the account is disabled. */
export async function resolveSession(db: Executor, token: string, limits: SessionLimits, now = new Date()): Promise<Viewer | null> {
  const id = tokenId(token);
  const [row] = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      totpEnabledAt: users.totpEnabledAt,
      user: {
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        language: users.language,
        partyCode: users.partyCode,
        organizationId: users.organizationId,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  const expired =
    now.getTime() - row.lastSeenAt.getTime() > limits.idleMs || now.getTime() - row.createdAt.getTime() > limits.maxMs;
  if (expired) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  // Refresh the idle clock at most once a minute, not on every request.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { ...row.user, secondFactor: row.totpEnabledAt !== null };
}

export async function destroySession(db: Executor, token: string) {
  await db.delete(sessions).where(eq(sessions.id, tokenId(token)));
}

export async function destroyUserSessions(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Housekeeping: drop sessions past either limit. */
export async function purgeExpiredSessions(db: Executor, limits: SessionLimits, now = new Date()) {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, new Date(now.getTime() - limits.idleMs)),
        lt(sessions.createdAt, new Date(now.getTime() - limits.maxMs)),
      ),
    );
}
