// Personal calendar subscription addresses: issuing, revoking and resolving the secret in the address.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { CalendarFeedStatus } from '../../../shared/calendar.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { calendarFeeds } from '../../db/schema/calendar.table.ts';
import { recordAudit } from '../audit/audit.ts';
import type { RequestContext, Viewer } from '../context.ts';
import type { Deps } from '../deps.ts';
import { unauthenticated } from '../errors.ts';

/**
 * Personal subscription addresses. The secret in the address is the only
 * credential a calendar client can present, so it is treated like a session
 * token: 32 random bytes, shown once, stored only as its SHA-256, revocable.
 * A user has at most one live address; asking for a new one replaces it.
 */

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** 32 bytes in base64url, as `issueFeed` makes them. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** Record use at most this often, not on every poll. */
const LAST_USED_RESOLUTION_MS = 60_000;

const me = (ctx: RequestContext) => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer.id;
};

export const feedBaseUrl = (deps: Deps) => (deps.config.publicUrl ?? `http://${deps.config.host}:${deps.config.port}`).replace(/\/+$/, '');

export async function feedStatus(deps: Deps, ctx: RequestContext): Promise<CalendarFeedStatus> {
  const [row] = await deps.db
    .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, me(ctx)), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return { active: !!row, createdAt: row?.createdAt.toISOString() ?? null, lastUsedAt: row?.lastUsedAt?.toISOString() ?? null };
}

/** Creates the user's subscription address, or replaces the one they have. */
export async function issueFeed(deps: Deps, ctx: RequestContext) {
  const userId = me(ctx);
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const { rotated } = await deps.db.transaction(async (tx) => {
    // One rotation per user at a time, so two requests cannot leave two live addresses.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    const replaced = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    const [feed] = await tx.insert(calendarFeeds).values({ userId, tokenHash: hashToken(token), createdAt: now }).returning({ id: calendarFeeds.id });
    await recordAudit(tx, ctx, {
      action: replaced.length ? 'calendar_feed.rotate' : 'calendar_feed.create',
      recordType: 'calendar_feed',
      recordId: feed.id,
      changes: {
        userId: { after: userId },
        ...(replaced.length ? { replaces: { before: replaced.map((r) => r.id) } } : {}),
      },
    });
    return { rotated: replaced.length > 0 };
  });
  return { url: `${feedBaseUrl(deps)}/api/calendar/feed/${token}.ics`, createdAt: now.toISOString(), rotated };
}

/** Stops the user's subscription address from working. */
export async function revokeFeed(deps: Deps, ctx: RequestContext) {
  const userId = me(ctx);
  await deps.db.transaction(async (tx) => {
    const revokedAt = new Date();
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    for (const feed of revoked) {
      await recordAudit(tx, ctx, {
        action: 'calendar_feed.revoke',
        recordType: 'calendar_feed',
        recordId: feed.id,
        changes: { revokedAt: { before: null, after: revokedAt.toISOString() } },
      });
    }
  });
}

/** The user a subscription address belongs to, or null when it is unknown, revoked or the account disabled. */
export async function resolveFeed(deps: Deps, token: string, now = new Date()): Promise<Viewer | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await deps.db
    .select({
      feedId: calendarFeeds.id,
      lastUsedAt: calendarFeeds.lastUsedAt,
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
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const since = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await deps.db
      .update(calendarFeeds)
      .set({ lastUsedAt: now })
      .where(and(eq(calendarFeeds.id, row.feedId), or(isNull(calendarFeeds.lastUsedAt), lt(calendarFeeds.lastUsedAt, since))));
  }
  return row.user;
}
