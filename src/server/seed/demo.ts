import { eq } from 'drizzle-orm';
import { settings } from '../db/schema/index.ts';
import { accounts } from '../modules/directory/demo/accounts.data.ts';
import { seedDirectory } from '../modules/directory/demo/demo.seed.ts';
import { seedConsultations } from '../modules/consultations/demo/consultations.seed.ts';
import { seedMeetings } from '../modules/meetings/demo/meetings.seed.ts';
import { createUser } from '../platform/accounts/accounts.usecases.ts';
import { systemContext } from '../platform/context.ts';
import type { Deps } from '../platform/deps.ts';

export const DEMO_MARKER = 'demo.loaded';

export async function isDemoLoaded(deps: Deps) {
  const [row] = await deps.db.select().from(settings).where(eq(settings.key, DEMO_MARKER)).limit(1);
  return !!row;
}

/**
 * Loads the demo dataset (directory and one account per role) once. Accounts
 * get the demo password and are flagged, so production refuses to start with them.
 */
export async function seedDemo(deps: Deps): Promise<{ loaded: boolean; accounts: typeof accounts }> {
  if (await isDemoLoaded(deps)) return { loaded: false, accounts };
  const ctx = systemContext('seed --demo');
  const userIds = new Map<string, string>();
  const directory = await seedDirectory(
    deps,
    ctx,
    () => userIds,
    async (orgIds) => {
      for (const a of accounts) {
        const organizationId = a.orgKey ? orgIds.get(a.orgKey) : undefined;
        if (a.orgKey && !organizationId) throw new Error(`Demo account ${a.email} refers to unknown organisation ${a.orgKey}`);
        const u = await createUser(
          deps,
          ctx,
          {
            email: a.email,
            displayName: a.displayName,
            language: a.language,
            role: a.role,
            partyCode: a.partyCode ?? null,
            organizationId: organizationId ?? null,
            password: deps.config.demoPassword,
          },
          { demoPassword: true },
        );
        userIds.set(a.email, u.id);
      }
    },
  );
  const { bodyIds } = await seedMeetings(deps, ctx, { ...directory, userIds });
  await seedConsultations(deps, { bodyIds });
  await deps.db.insert(settings).values({ key: DEMO_MARKER, value: { at: new Date().toISOString() } });
  return { loaded: true, accounts };
}
