// Throttling of failed sign-ins per account and address pair with growing delays, a looser per-account ceiling and a per-address one, counted in the database so every process agrees.
import { and, asc, gt, inArray, like, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Deps } from '../deps.ts';
import { loginAttempts } from '../../db/schema/accounts.table.ts';

export type ThrottleLimits = { maxFailures: number; windowMs: number };

/** Failures on one account from all addresses before addresses that failed on it are refused: ten times a pair's. */
export const ACCOUNT_CEILING = 10;
/** Failures from one address on any accounts before it is refused: four times a pair's (shared offices). */
export const ADDRESS_CEILING = 4;
/** The first delay of a pair that reached `maxFailures`; each further failure doubles it, up to the window. */
const FIRST_DELAY_MS = 60_000;

const emailKey = (email: string) => `email:${email.toLowerCase()}`;
const pairKey = (email: string, ip: string) => `pair:${JSON.stringify([email.toLowerCase(), ip])}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * The keys a sign-in is counted under: the account, the account and address
 * pair, and the address. The account key is the e-mail as typed (lower case),
 * so an unknown address is counted and refused exactly like a real account.
 */
export const throttleKeys = (email: string, ip: string | null) => [emailKey(email), ...(ip ? [pairKey(email, ip), ipKey(ip)] : [])];

/** How long a pair with `n` failures in the window waits after its last one: nothing below `maxFailures`, then 1, 2, 4 … minutes up to the window. */
export const pairDelay = (n: number, limits: ThrottleLimits) =>
  n < limits.maxFailures ? 0 : Math.min(limits.windowMs, FIRST_DELAY_MS * 2 ** (n - limits.maxFailures));

type Counted = { n: number; ats: Date[] };

/** Failures per key within the window, oldest first. */
async function failures(db: Executor, where: ReturnType<typeof and>, limits: ThrottleLimits, now: Date): Promise<Map<string, Counted>> {
  const rows = await db
    .select({ key: loginAttempts.key, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(where, gt(loginAttempts.at, new Date(now.getTime() - limits.windowMs))))
    .orderBy(asc(loginAttempts.at));
  const out = new Map<string, Counted>();
  for (const r of rows) {
    const c = out.get(r.key) ?? { n: 0, ats: [] };
    c.n++;
    c.ats.push(r.at);
    out.set(r.key, c);
  }
  return out;
}

/** Until when a count-based limit holds: until enough of the failures leave the window to bring the count under `limit`. */
const countLockEnd = (c: Counted, limit: number, limits: ThrottleLimits) => new Date(c.ats[c.n - limit].getTime() + limits.windowMs);
const pairLockEnd = (c: Counted, limits: ThrottleLimits) => new Date(c.ats[c.n - 1].getTime() + pairDelay(c.n, limits));

/**
 * Until when a sign-in under these keys is refused, or null when it may go
 * ahead. A pair that keeps failing waits longer after each failure; an
 * address that fails on many accounts is refused; an account that failed
 * from many addresses refuses the addresses that failed on it, while one that
 * has not (the user's own, with the right password) still gets through.
 */
export async function throttledUntil(db: Executor, keys: string[], limits: ThrottleLimits, now = new Date()): Promise<Date | null> {
  const counts = await failures(db, inArray(loginAttempts.key, keys), limits, now);
  const ends: Date[] = [];
  for (const key of keys) {
    const c = counts.get(key);
    if (!c) continue;
    if (key.startsWith('pair:')) ends.push(pairLockEnd(c, limits));
    else if (key.startsWith('ip:') && c.n >= limits.maxFailures * ADDRESS_CEILING) ends.push(countLockEnd(c, limits.maxFailures * ADDRESS_CEILING, limits));
    else if (key.startsWith('email:') && c.n >= limits.maxFailures * ACCOUNT_CEILING && keys.some((k) => k.startsWith('pair:') && counts.has(k)))
      ends.push(countLockEnd(c, limits.maxFailures * ACCOUNT_CEILING, limits));
  }
  const until = ends.filter((d) => d > now).sort((a, b) => b.getTime() - a.getTime())[0];
  return until ?? null;
}

/** True when a sign-in under these keys is refused now. */
export const isThrottled = async (db: Executor, keys: string[], limits: ThrottleLimits, now = new Date()) => (await throttledUntil(db, keys, limits, now)) !== null;

export async function recordFailure(db: Executor, keys: string[]) {
  await db.insert(loginAttempts).values(keys.map((key) => ({ key })));
}

/** After a successful sign-in: the account's count and its pair with this address start afresh; the address's count across accounts stays. */
export async function clearFailures(db: Executor, email: string, ip: string | null = null) {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, [emailKey(email), ...(ip ? [pairKey(email, ip)] : [])]));
}

export async function purgeOldAttempts(db: Executor, limits: ThrottleLimits, now = new Date()) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - limits.windowMs)));
}

/** A sign-in lockout in force, as administrators see it. */
export type Lockout = {
  /** `pair`: one account from one address; `account`: an account refusing the addresses that failed on it; `address`: an address on every account. */
  kind: 'pair' | 'account' | 'address';
  email: string | null;
  address: string | null;
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date;
};

/** Every lockout in force now, the longest first. */
export async function listLockouts(db: Executor, limits: ThrottleLimits, now = new Date()): Promise<Lockout[]> {
  const counts = await failures(db, or(like(loginAttempts.key, 'pair:%'), like(loginAttempts.key, 'ip:%'), like(loginAttempts.key, 'email:%')), limits, now);
  const out: Lockout[] = [];
  for (const [key, c] of counts) {
    const last = c.ats[c.n - 1];
    if (key.startsWith('pair:')) {
      const until = pairLockEnd(c, limits);
      const [email, address] = JSON.parse(key.slice(5)) as [string, string];
      if (until > now) out.push({ kind: 'pair', email, address, failures: c.n, lastFailureAt: last, lockedUntil: until });
    } else if (key.startsWith('ip:') && c.n >= limits.maxFailures * ADDRESS_CEILING) {
      out.push({ kind: 'address', email: null, address: key.slice(3), failures: c.n, lastFailureAt: last, lockedUntil: countLockEnd(c, limits.maxFailures * ADDRESS_CEILING, limits) });
    } else if (key.startsWith('email:') && c.n >= limits.maxFailures * ACCOUNT_CEILING) {
      out.push({ kind: 'account', email: key.slice(6), address: null, failures: c.n, lastFailureAt: last, lockedUntil: countLockEnd(c, limits.maxFailures * ACCOUNT_CEILING, limits) });
    }
  }
  return out.sort((a, b) => b.lockedUntil.getTime() - a.lockedUntil.getTime());
}

/** The lockouts in force, as the administrators' list shows them. Gate: admin (route policy). */
export async function lockoutsInForce(deps: Deps) {
  const items = await listLockouts(deps.db, { maxFailures: deps.config.loginMaxFailures, windowMs: deps.config.loginWindowMs });
  return { items: items.map((l) => ({ ...l, lastFailureAt: l.lastFailureAt.toISOString(), lockedUntil: l.lockedUntil.toISOString() })) };
}
