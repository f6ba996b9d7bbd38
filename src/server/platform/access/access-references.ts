// Checks that the access fields of a write name real parties, visible organisations and mission accounts.
import { and, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { RequestContext } from '../context.ts';
import { invalid } from '../errors.ts';
import { provider } from '../modules/providers.ts';

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
    if (missing.length) throw invalid('directory.unknown_party', 'sharedWith.parties', `Unknown party code: ${missing.join(', ')}.`);
  }
  const orgs = [...new Set(a.sharedOrganizations)];
  if (orgs.length && (await directory.visibleOrganizationIds(db, ctx, orgs)).size !== orgs.length) {
    throw invalid('directory.unknown_organization', 'sharedWith.organizations', 'Choose an organisation from the directory.');
  }
  if (a.restrictedTo.length) {
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, a.restrictedTo), sql`${users.role} in ('admin','head','staff')`));
    if (found.length !== new Set(a.restrictedTo).size)
      throw invalid('access.restricted_to_outsider', 'restrictedTo', 'A restricted record can be opened only to mission staff.');
  }
}
