// Throw-away databases on the PostgreSQL server of DATABASE_URL: names that carry their creation time, and the removal of those a crashed run left behind.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** What a crashed run may leave: per-file clones, templates and the CLI test's databases, all named `<prefix>_<unix seconds>_<random>`. */
const THROW_AWAY = /^chancery_(t|tpl|cli)_(\d{10})_[0-9a-f]{12}(_[a-z]+)?$/;
const STALE_AFTER_MS = 3_600_000;

export type ThrowAwayPrefix = 'chancery_t' | 'chancery_tpl' | 'chancery_cli';

/** A new database name that says when it was made, so that a later run can tell a left-over from a database in use. */
export function throwAwayName(prefix: ThrowAwayPrefix, suffix = '') {
  return `${prefix}_${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}${suffix}`;
}

/** The address of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` on one connection to the server (for CREATE and DROP DATABASE, which cannot run in a pool's transaction). */
export async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops the throw-away databases older than an hour: no run lasts that long, so they were left by one that crashed. */
export async function dropStaleDatabases(admin: pg.Client, now = Date.now()) {
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'chancery\\_%'`);
  for (const { datname } of rows) {
    const made = THROW_AWAY.exec(datname);
    if (made && now - Number(made[2]) * 1000 > STALE_AFTER_MS) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}
