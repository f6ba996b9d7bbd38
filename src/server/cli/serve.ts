// The `serve` command: migrates, seeds a new embedded database, queues the manifests' schedules, starts the job worker and the server.
import { buildApp } from '../app.ts';
import { linkBaseUrl } from '../config.ts';
import { analyzeIfEmbedded } from '../db/analyze.ts';
import { accountsWithDemoPassword } from '../platform/accounts/accounts.usecases.ts';
import { JobWorker } from '../platform/jobs/worker.ts';
import { MODULES } from '../modules/index.ts';
import { ensureQueued } from '../platform/jobs/recurring.ts';
import { setMailBaseUrl } from '../platform/notifications/mail-text.ts';
import { isDemoLoaded, seedDemo } from '../seed/demo.ts';
import { printDemoLogins } from './maintenance.ts';
import { fail, openMigrated, readConfig } from './runtime.ts';

export async function serve() {
  const config = readConfig();
  // In production every link in an e-mail or a feed must carry the address people reach the site at.
  if (config.production && !config.publicUrl) fail('refusing to start in production without PUBLIC_URL: set it to the address people open Chancery at, e.g. https://chancery.mission.example');
  // E-mails composed while the demo data loads link to this server too.
  setMailBaseUrl(linkBaseUrl(config));
  const { deps, database } = await openMigrated(config);

  // Demo data only on a brand-new embedded database, or when asked for.
  const wantDemo = config.demo ?? (database.kind === 'pglite' && database.created);
  if (wantDemo) {
    const { loaded, accounts } = await seedDemo(deps);
    if (loaded) printDemoLogins(accounts.map((a) => a.email), config.demoPassword === 'chancery-demo' ? 'chancery-demo' : '(the value of CHANCERY_DEMO_PASSWORD)');
  }
  if (config.production) {
    const weak = await accountsWithDemoPassword(deps.db);
    if (weak.length > 0) {
      await database.close();
      fail(`refusing to start in production: ${weak.length} account(s) still have the demo password (e.g. ${weak[0].email}); change it with \`chancery user set-password\`.`);
    }
  }

  await analyzeIfEmbedded(database);
  const app = await buildApp({ config, database, demoMode: await isDemoLoaded(deps) });
  // Jobs run in every server process; the database hands each job to one of them.
  const worker = new JobWorker(deps, { pollMs: config.jobPollMs, log: (msg, extra) => app.log.warn(extra, msg) });
  // Recurring jobs queue their own next run; make sure each has one queued.
  for (const schedule of MODULES.flatMap((m) => m.schedules ?? []).filter((s) => s.enabled?.(deps) ?? true)) await ensureQueued(deps, schedule.kind, schedule.firstRun(deps, new Date()));
  const stop = async () => {
    await worker.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await database.close();
    fail(`cannot listen on ${config.host}:${config.port}: ${(e as Error).message}`);
  }
  worker.start();
  console.log(`Chancery is serving at http://${config.host}:${config.port} (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`);
}
