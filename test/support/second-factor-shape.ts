// Puts the second-factor tables and columns (decision 033) on a database migrated to an earlier point, so today's code can load data into it, and takes them off again.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { migrationsFolder } from '../../src/server/db/migrate.ts';

const SECOND_FACTOR_MIGRATION = /_second-factor$/;

/** Applies the second-factor migration's SQL without recording it. */
export async function putSecondFactorOn(database: Database) {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entry = journal.entries.find((e) => SECOND_FACTOR_MIGRATION.test(e.tag));
  if (!entry) throw new Error('the second-factor migration is not in the journal');
  const text = fs.readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) if (statement.trim()) await database.db.execute(sql.raw(statement));
}

/** The reverse of `putSecondFactorOn`: the data the load wrote there is the accounts' defaults, none of it second-factor data. */
export async function takeSecondFactorOff(database: Database) {
  await database.db.execute(sql`drop table known_addresses, recovery_codes, sign_in_challenges`);
  await database.db.execute(sql`alter table sessions drop column handle`);
  await database.db.execute(sql`alter table users drop constraint users_totp_enabled_check`);
  await database.db.execute(sql`alter table users drop column totp_secret, drop column totp_enabled_at, drop column totp_last_step, drop column totp_pending_secret`);
}
