// Resolved sessions kept in this process for a few seconds, keyed by token hash, dropped when the database says a user's session or account changed.
import type { Executor } from '../../db/client.ts';
import type { Viewer } from '../context.ts';
import type { EventHub } from '../events/event-hub.ts';
import { resolveSession, type SessionLimits, tokenId } from './sessions.ts';

type Entry = { viewer: Viewer; until: number };

/**
 * Every request names its session; looking it up joins sessions and users
 * (the largest part of a small read's cost). A resolved session is reused
 * for `ttlMs`. Database triggers on `sessions` (deleted: sign-out, password
 * change, expiry) and `users` (any change: disabled, role, password, second
 * factor, language) raise a `sessions` event on the event hub, which every
 * process receives after the commit; each drops that user's entries. `ttlMs`
 * is the bound when that message is lost. A refused token is not cached.
 * The idle clock is still refreshed by `resolveSession`, at most once a minute
 * per session — now only on a cache miss, never per request.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Executor,
    private readonly limits: SessionLimits,
    private readonly ttlMs: number,
    events: EventHub,
    private readonly maxEntries = 10_000,
  ) {
    this.unsubscribe = events.subscribe((e) => {
      if (e.type === 'sessions') this.dropUsers(e.userIds);
    });
  }

  async resolve(token: string, now = Date.now()): Promise<Viewer | null> {
    if (this.ttlMs <= 0) return resolveSession(this.db, token, this.limits, new Date(now));
    const id = tokenId(token);
    const hit = this.entries.get(id);
    if (hit && hit.until > now) return hit.viewer;
    const viewer = await resolveSession(this.db, token, this.limits, new Date(now));
    if (!viewer) {
      this.entries.delete(id);
      return null;
    }
    if (this.entries.size >= this.maxEntries) this.sweep(now);
    this.entries.set(id, { viewer, until: now + this.ttlMs });
    return viewer;
  }

  /** Drops every cached session of these users. */
  dropUsers(userIds: string[]) {
    const ids = new Set(userIds);
    for (const [k, e] of this.entries) if (ids.has(e.viewer.id)) this.entries.delete(k);
  }

  /** Drops one session (its token signed out here). */
  drop(token: string) {
    this.entries.delete(tokenId(token));
  }

  /** Drops every cached session (after a change to accounts made in this process). */
  clear() {
    this.entries.clear();
  }

  close() {
    this.unsubscribe();
    this.entries.clear();
  }

  private sweep(now: number) {
    for (const [k, e] of this.entries) if (e.until <= now) this.entries.delete(k);
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
