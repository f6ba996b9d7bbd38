// A user's notifications rendered in their language, unread counts, marking read, and delivery preferences per kind.
import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import { notificationPreferences, notifications } from '../../db/schema/notifications.table.ts';
import { type Changes, recordAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { unauthenticated } from '../errors.ts';
import { decodeInstantCursor, encodeCursor } from '../http/cursor.ts';
import { invalidCursor } from '../http/http.errors.ts';
import { unknownNotificationKind } from './notifications.errors.ts';
import { allNotificationKinds, notificationKind, renderNotification } from './catalog.ts';

const me = (ctx: RequestContext) => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
};

/** The signed-in user's notifications, newest first, rendered in their language. Scoped to the user. */
export async function listMyNotifications(deps: Deps, ctx: RequestContext, q: { limit: number; cursor?: string; unread?: boolean }) {
  const v = me(ctx);
  const where = [eq(notifications.userId, v.id), q.unread ? isNull(notifications.readAt) : undefined];
  if (q.cursor) {
    const { at, rest } = decodeInstantCursor(q.cursor);
    const id = String(rest[0] ?? '');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw invalidCursor();
    where.push(or(lt(notifications.createdAt, at), and(eq(notifications.createdAt, at), lt(notifications.id, id))));
  }
  const rows = await deps.db
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      recordType: n.recordType,
      recordId: n.recordId,
      path: notificationKind(n.kind)?.path(n.recordType, n.recordId) ?? '/',
      ...renderNotification(n.kind, n.params, v.language as Language),
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    unread: await unreadCount(deps, ctx),
  };
}

export async function unreadCount(deps: Deps, ctx: RequestContext) {
  const v = me(ctx);
  const [{ n }] = await deps.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, v.id), isNull(notifications.readAt)));
  return Number(n);
}

/** Marks the user's own notifications read (all when `ids` is omitted). Reading state is personal: not audited. */
export async function markRead(deps: Deps, ctx: RequestContext, ids?: string[]) {
  const v = me(ctx);
  await deps.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, v.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
  return unreadCount(deps, ctx);
}

export async function getPreferences(deps: Deps, ctx: RequestContext) {
  const v = me(ctx);
  const rows = await deps.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, v.id));
  return allNotificationKinds().map((k) => ({
    kind: k.kind,
    label: k.label[v.language as Language],
    mode: rows.find((r) => r.kind === k.kind)?.mode ?? ('immediate' as const),
  }));
}

export async function setPreferences(deps: Deps, ctx: RequestContext, prefs: { kind: string; mode: 'immediate' | 'digest' | 'off' }[]) {
  const v = me(ctx);
  prefs.forEach((p, i) => {
    if (!notificationKind(p.kind)) throw unknownNotificationKind(`preferences.${i}.kind`, p.kind);
  });
  const before = await getPreferences(deps, ctx);
  await deps.db.transaction(async (tx) => {
    const changes: Changes = {};
    for (const p of prefs) {
      const was = before.find((b) => b.kind === p.kind)?.mode;
      if (was !== p.mode) changes[p.kind] = { before: was, after: p.mode };
      await tx
        .insert(notificationPreferences)
        .values({ userId: v.id, kind: p.kind, mode: p.mode })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode: sql`excluded.mode` } });
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { action: 'user.notification_preferences', recordType: 'user', recordId: v.id, changes });
    }
  });
  return getPreferences(deps, ctx);
}
