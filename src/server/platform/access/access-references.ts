// Checks that the access fields of a write name real parties, visible organisations and mission accounts.
import { and, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { RequestContext } from '../context.ts';
import { provider } from '../modules/providers.ts';
import { restrictedToOutsider, unknownSharedOrganization, unknownSharedParties } from './access.errors.ts';

/** Shared-with lists name real parties and organisations the user can see; restricted lists name mission accounts. */
export async function checkAccessReferences(
  db: Executor,
  ctx: RequestContext,
  a: { sharedParties: string[]; sharedOrganizations: string[]; restrictedTo: string[] },
) {
  const directory = provider('directory');
  const parties = [...new Set(a.sharedParties)];
  if (parties.length) {
    const found = await directory.existingPartyCodes(db, parties);
    const missing = parties.filter((c) => !found.has(c));
    if (missing.length) throw unknownSharedParties(missing);
  }
  const orgs = [...new Set(a.sharedOrganizations)];
  if (orgs.length && (await directory.visibleOrganizationIds(db, ctx, orgs)).size !== orgs.length) throw unknownSharedOrganization();
  if (a.restrictedTo.length) {
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, a.restrictedTo), sql`${users.role} in ('admin','head','staff')`));
    if (found.length !== new Set(a.restrictedTo).size) throw restrictedToOutsider('record');
  }
}
