// Throttling of failed sign-ins per account and per address, counted in the database so every process agrees.
import { and, count, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema/accounts.table.ts';

export type ThrottleLimits = { maxFailures: number; windowMs: number };

/**
 * Failed sign-ins are counted per account and per address in the database, so
 * every server process sees the same counts.
 */
export const throttleKeys = (email: string, ip: string | null) => [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

/** True when any key has reached its limit in the window. Addresses get more room than accounts (shared offices). */
export async function isThrottled(db: Executor, keys: string[], limits: ThrottleLimits, now = new Date()): Promise<boolean> {
  const rows = await db
    .select({ key: loginAttempts.key, n: count() })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.at, new Date(now.getTime() - limits.windowMs))))
    .groupBy(loginAttempts.key);
  return rows.some((r) => r.n >= (r.key.startsWith('ip:') ? limits.maxFailures * 4 : limits.maxFailures));
}

export async function recordFailure(db: Executor, keys: string[]) {
  await db.insert(loginAttempts).values(keys.map((key) => ({ key })));
}

export async function clearFailures(db: Executor, email: string) {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, [`email:${email.toLowerCase()}`]));
}

export async function purgeOldAttempts(db: Executor, limits: ThrottleLimits, now = new Date()) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - limits.windowMs)));
}
