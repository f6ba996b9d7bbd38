// EventHub: NOTIFY inside a transaction and LISTEN in every process, so server-sent events reach every open page.
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Executor } from '../../db/client.ts';

export const EVENTS_CHANNEL = 'chancery_events';

/** What travels between processes: small, no record content (readers fetch what they may see). */
export type HubEvent =
  | { type: 'notification'; userIds: string[] }
  /** A session ended or its user's account changed (raised by database triggers): drop cached sessions of these users. */
  | { type: 'sessions'; userIds: string[] };

/**
 * Publishes an event with NOTIFY inside the caller's transaction: PostgreSQL
 * delivers it only if and when the transaction commits, to every process
 * listening (PGlite delivers it within the process).
 */
export async function publishEvent(db: Executor, event: HubEvent) {
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}

/** Receives events from the database and hands them to this process's subscribers (SSE connections). */
export class EventHub {
  private readonly emitter = new EventEmitter();
  private stopListening: (() => Promise<void>) | undefined;

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  async start(database: Database) {
    if (database.kind === 'pglite') {
      const unlisten = await database.pglite!.listen(EVENTS_CHANNEL, (payload) => this.dispatch(payload));
      this.stopListening = unlisten;
      return;
    }
    // A dedicated connection: LISTEN needs one that stays open.
    const opts = database.pool!.options as pg.ClientConfig;
    const client = new pg.Client(opts);
    client.on('error', () => {});
    await client.connect();
    client.on('notification', (msg) => {
      if (msg.channel === EVENTS_CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.stopListening = async () => {
      await client.end().catch(() => {});
    };
  }

  async stop() {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  private dispatch(payload: string) {
    try {
      this.emitter.emit('event', JSON.parse(payload) as HubEvent);
    } catch {
      // not ours
    }
  }

  subscribe(fn: (e: HubEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }
}
