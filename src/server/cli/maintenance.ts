// The `migrate`, `seed --demo` and `audit verify` commands, and the demo sign-ins printed after seeding.
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { seedDemo } from '../seed/demo.ts';
import { fail, withDatabase } from './runtime.ts';

export async function migrateOnly() {
  await withDatabase(async (_deps, database) => {
    console.log(`Migrations applied (${database.kind === 'pglite' ? 'embedded database' : 'PostgreSQL server'}).`);
  });
}

export async function seedDemoCommand() {
  await withDatabase(async (deps) => {
    const { loaded, accounts } = await seedDemo(deps);
    if (!loaded) {
      console.log('The demo dataset is already loaded.');
      return;
    }
    printDemoLogins(accounts.map((a) => a.email), deps.config.demoPassword === 'chancery-demo' ? 'chancery-demo' : '(the value of CHANCERY_DEMO_PASSWORD)');
  });
}

export function printDemoLogins(emails: string[], password: string) {
  console.log('Demo data loaded. Sign in with one of these accounts:');
  for (const e of emails) console.log(`  ${e}`);
  console.log(`Password: ${password}`);
}

export async function auditVerify() {
  let failed = false;
  await withDatabase(async (deps) => {
    const res = await verifyAuditChain(deps.db);
    if (res.ok) {
      console.log(`Audit trail intact: ${res.entries} entries verified.`);
    } else {
      console.error(`Audit trail broken at entry ${res.seq}: ${res.reason}. ${res.entries} entries before it verified.`);
      failed = true;
    }
  });
  if (failed) fail('audit verification failed');
}
