// Loads the demo dataset once: each module's part, in the order of the manifest list.
import { eq } from 'drizzle-orm';
import { settings } from '../db/schema/settings.table.ts';
import { demoAccounts as accounts } from '../modules/directory/directory.api.ts';
import { installAllModules, MODULES } from '../modules/index.ts';
import { systemContext } from '../platform/context.ts';
import type { Deps } from '../platform/deps.ts';
import { DemoKeys } from '../platform/modules/demo-keys.ts';

export const DEMO_MARKER = 'demo.loaded';

export async function isDemoLoaded(deps: Deps) {
  const [row] = await deps.db.select().from(settings).where(eq(settings.key, DEMO_MARKER)).limit(1);
  return !!row;
}

/**
 * Loads the demo dataset (and one account per role) once. Accounts get the
 * demo password and are flagged, so production refuses to start with them.
 */
export async function seedDemo(deps: Deps, opts: { modules?: readonly string[] } = {}): Promise<{ loaded: boolean; accounts: typeof accounts }> {
  installAllModules();
  if (await isDemoLoaded(deps)) return { loaded: false, accounts };
  const ctx = systemContext('seed --demo');
  const keys = new DemoKeys();
  // `modules` names the manifests to seed (a migration test loads the demo of the modules an older schema had).
  for (const m of MODULES) if (!opts.modules || opts.modules.includes(m.name)) await m.seedDemo?.(deps, ctx, keys);
  await deps.db.insert(settings).values({ key: DEMO_MARKER, value: { at: new Date().toISOString() } });
  return { loaded: true, accounts };
}
