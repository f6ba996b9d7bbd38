// The `chancery` command line: usage, migrate, seed and user commands against a real database.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { users } from '../src/server/db/schema/index.ts';
import { verifyPassword } from '../src/server/platform/auth/passwords.ts';
import { databaseUrl, dropDatabase, throwAwayName, withAdmin } from './support/pg-server.ts';
import { finished, freePort } from './support/served.ts';

/**
 * The `chancery` command, run as a separate process against its own embedded
 * data folder, or against a throw-away database when DATABASE_URL is set.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.DATABASE_URL;
const SLOW = 120_000;

type Run = { code: number | null; stdout: string; stderr: string };

/** A database of the command's own, for the whole file. */
type Target = { env: Record<string, string>; open(): Promise<Database>; dispose(): Promise<void> };

async function newTarget(): Promise<Target> {
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-cli-'));
    return {
      env: { CHANCERY_DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = throwAwayName('chancery_cli');
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(serverUrl, name);
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase({ databaseUrl: url, poolSize: 1 }),
    dispose: () => dropDatabase(serverUrl, name),
  };
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !['DATABASE_URL', 'CHANCERY_DATA_DIR', 'CHANCERY_DEMO', 'NODE_ENV', 'PORT', 'PUBLIC_URL'].includes(k) && !k.startsWith('VITEST')) env[k] = v;
  }
  return { ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn', CHANCERY_DEMO_PASSWORD: 'chancery-demo' };
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], { cwd: repoRoot, env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function chancery(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return finished(start(args, env));
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

describe('usage', () => {
  it('lists its commands', async () => {
    const help = await chancery(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'user', 'audit', 'backup', 'restore', 'db']) expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  }, SLOW);

  it('explains a mistake on one line of stderr and exits non-zero', async () => {
    const [unknown, badRole, weak, delegate] = await Promise.all([
      chancery(['bogus']),
      chancery(['user', 'create', '--email', 'a@b.example', '--name', 'A', '--role', 'king']),
      chancery(['user', 'create', '--email', 'weak@mission.example', '--name', 'Weak', '--role', 'staff', '--password', 'short']),
      chancery(['user', 'create', '--email', 'delegate@mission.example', '--name', 'Delegate', '--role', 'delegate']),
    ]);
    for (const [run, mention] of [
      [unknown, 'bogus'],
      [badRole, 'king'],
      [weak, 'password: Use at least 12 characters'],
      [delegate, 'partyCode'],
    ] as const) {
      expect(run.code).not.toBe(0);
      expect(lines(run.stderr), run.stderr).toHaveLength(1);
      expect(run.stderr).toContain(mention);
      expect(run.stdout).toBe('');
    }
  }, SLOW);
});

describe('running a database', () => {
  let target: Target;
  beforeAll(async () => {
    target = await newTarget();
  });
  afterAll(async () => target?.dispose());

  const run = (...args: string[]) => chancery(args, target.env);
  const officer = 'Officer@Mission.Example';

  it('migrates, then loads the demo data once', async () => {
    const migrated = await run('migrate');
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/Migrations applied/);

    const seeded = await run('seed', '--demo');
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Demo data loaded/);
    expect(seeded.stdout).toContain('admin@chancery.test');
    expect(seeded.stdout).toContain('Password: chancery-demo');

    const again = await run('seed', '--demo');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already loaded/);
    expect(again.stdout).not.toContain('admin@chancery.test');
  }, SLOW);

  it('creates an administrator with a generated password shown once, changes passwords, disables accounts and lists them', async () => {
    const created = await run('user', 'create', '--email', officer, '--name', 'New Officer', '--role', 'admin');
    expect(created.code, created.stderr).toBe(0);
    const shown = created.stdout.match(/^Password \(shown once\): (\S+)$/m);
    expect(shown).not.toBeNull();
    expect(shown![1].length).toBeGreaterThanOrEqual(20);

    const duplicate = await run('user', 'create', '--email', officer.toLowerCase(), '--name', 'Again', '--role', 'staff', '--password', 'a long enough password');
    expect(duplicate.code).toBe(1);
    expect(lines(duplicate.stderr)).toHaveLength(1);
    expect(duplicate.stderr).toMatch(/email/);

    const set = await run('user', 'set-password', officer.toLowerCase(), '--password', 'a fresh desk passphrase, typed twice');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/Password changed/);
    expect(set.stdout).not.toContain('a fresh desk passphrase, typed twice');

    const disabled = await run('user', 'disable', 'liaison.sco@chancery.test');
    expect(disabled.code, disabled.stderr).toBe(0);

    const list = await run('user', 'list');
    expect(list.code, list.stderr).toBe(0);
    const listed = lines(list.stdout);
    expect(listed).toContain(`${officer}\tadmin\tNew Officer`);
    expect(listed.find((l) => l.startsWith('head@chancery.test\thead\t'))).toBeDefined();
    expect(listed.find((l) => l.startsWith('liaison.sco@chancery.test'))).toMatch(/\(disabled\)$/);
    expect(list.stdout).not.toContain('Again');
    // The generated password is never printed again.
    expect(list.stdout).not.toContain(shown![1]);
  }, SLOW);

  it('backs up the database, restores the backup into an empty one, and copies that into a PostgreSQL server', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-cli-backup-'));
    try {
      const file = path.join(work, 'mission.tar.gz');
      const backup = await run('backup', file);
      expect(backup.code, backup.stderr).toBe(0);
      const entries = backup.stdout.match(/^Backup written to .* audit trail of (\d+) entries/m)?.[1];
      expect(Number(entries)).toBeGreaterThan(50);

      // Into a new embedded database, whichever kind made the backup.
      const embedded = { CHANCERY_DATA_DIR: path.join(work, 'restored') };
      const restored = await chancery(['restore', file], embedded);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toMatch(/audit chain verified/);
      const verified = await chancery(['audit', 'verify'], embedded);
      expect(verified.stdout).toContain(`${entries} entries verified`);

      if (serverUrl) {
        const name = throwAwayName('chancery_cli');
        await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
        try {
          const url = databaseUrl(serverUrl, name);
          const copied = await chancery(['db', 'copy', '--to', url], embedded);
          expect(copied.code, copied.stderr).toBe(0);
          // A second copy finds the target taken.
          const again = await chancery(['db', 'copy', '--to', url], embedded);
          expect(again.code).toBe(1);
          expect(lines(again.stderr)).toHaveLength(1);
          expect(again.stderr).toMatch(/not empty/);
          expect(copied.stdout).toMatch(/audit chain verified/);
          const onServer = await chancery(['audit', 'verify'], { DATABASE_URL: url });
          expect(onServer.stdout).toContain(`${entries} entries verified`);
        } finally {
          await dropDatabase(serverUrl, name);
        }
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
  it('switches off the second factor of an account whose phone is lost, and ends its sessions', async () => {
    const before = await target.open();
    try {
      await before.db.update(users).set({ totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', totpEnabledAt: new Date() }).where(eq(users.email, 'head@chancery.test'));
    } finally {
      await before.close();
    }
    const reset = await run('user', 'reset-second-factor', 'head@chancery.test');
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/Second factor switched off for head@chancery.test/);
    const after = await target.open();
    try {
      const [head] = await after.db.select().from(users).where(eq(users.email, 'head@chancery.test'));
      expect(head.totpSecret).toBeNull();
      expect(head.totpEnabledAt).toBeNull();
    } finally {
      await after.close();
    }
    const unknown = await run('user', 'reset-second-factor', 'nobody@mission.example');
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)).toHaveLength(1);
  }, SLOW);

  it('verifies the audit trail, and names the entry once one is altered', async () => {
    const intact = await run('audit', 'verify');
    expect(intact.code, intact.stderr).toBe(0);
    const count = Number(intact.stdout.match(/(\d+) entries verified/)?.[1]);
    expect(count).toBeGreaterThan(50);

    const db = await target.open();
    try {
      // What the commands before did is in the database.
      const [row] = await db.db.select().from(users).where(sql`lower(${users.email}) = ${officer.toLowerCase()}`);
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row.passwordHash, 'a fresh desk passphrase, typed twice')).toBe(true);
      const [liaison] = await db.db.select().from(users).where(eq(users.email, 'liaison.sco@chancery.test'));
      expect(liaison.disabledAt).not.toBeNull();

      await db.db.execute(sql`update audit_log set changes = '{"nameEn":{"after":"Forged"}}'::jsonb where seq = 7`);
    } finally {
      await db.close();
    }
    const broken = await run('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/entry 7\b/);
    expect(broken.stdout).not.toMatch(/intact/);
  }, SLOW);

  it('refuses to serve in production while demo accounts keep the demo password', async () => {
    const port = await freePort();
    const res = await chancery(['serve'], { ...target.env, NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: 'https://chancery.mission.example' });
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toHaveLength(1);
    expect(res.stderr).toMatch(/refusing to start in production/);
    expect(res.stderr).toMatch(/demo password/);
  }, SLOW);

  it('refuses to serve in production without PUBLIC_URL, naming the setting', async () => {
    const res = await chancery(['serve'], { ...target.env, NODE_ENV: 'production', PORT: String(await freePort()) });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/refusing to start in production without PUBLIC_URL/);
  }, SLOW);
});

describe.runIf(serverUrl)('serving from a PostgreSQL server', () => {
  let target: Target;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    target = await newTarget();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await target?.dispose();
  });

  it('starts on an empty database without loading demo data', async () => {
    const port = await freePort();
    child = start(['serve'], { ...target.env, PORT: String(port), HOST: '127.0.0.1' });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    let ready = false;
    while (!ready && Date.now() < deadline && child.exitCode === null) {
      ready = await fetch(`${base}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (!ready) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready, stderr).toBe(true);
    const parties = (await (await fetch(`${base}/api/parties`)).json()) as { total: number };
    expect(parties.total).toBe(0);
    const demoLogin = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@chancery.test', password: 'chancery-demo' }),
    });
    expect(demoLogin.status).toBe(401);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, SLOW);
});
