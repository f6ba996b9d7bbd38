import { and, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { organizations, parties, people, users } from '../../db/schema/index.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';

/**
 * Checks that the records a request points at exist and are visible to the
 * user; a reference the user cannot see is reported as unknown, like a missing one.
 */
export async function checkPartyCodes(db: Executor, codes: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  const found = await db.select({ code: parties.code }).from(parties).where(inArray(parties.code, wanted));
  const missing = wanted.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) throw invalid('directory.unknown_party', field, `Unknown party code: ${missing.join(', ')}.`);
}

export async function checkOrganizations(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(ids.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(inArray(organizations.id, wanted), visibleTo(ctx, organizations)));
  if (found.length !== wanted.length) throw invalid('directory.unknown_organization', field, 'Choose an organisation from the directory.');
}

export async function checkPeople(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(ids.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  const found = await db.select({ id: people.id }).from(people).where(and(inArray(people.id, wanted), visibleTo(ctx, people)));
  if (found.length !== wanted.length) throw invalid('directory.unknown_person', field, 'Choose a person from the directory.');
}

/** Shared-with lists name real parties and organisations; restricted lists name mission accounts. */
export async function checkAccessReferences(
  db: Executor,
  ctx: RequestContext,
  a: { sharedParties: string[]; sharedOrganizations: string[]; restrictedTo: string[] },
) {
  await checkPartyCodes(db, a.sharedParties, 'sharedWith.parties');
  await checkOrganizations(db, ctx, a.sharedOrganizations, 'sharedWith.organizations');
  if (a.restrictedTo.length) {
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, a.restrictedTo), sql`${users.role} in ('admin','head','staff')`));
    if (found.length !== new Set(a.restrictedTo).size)
      throw invalid('access.restricted_to_outsider', 'restrictedTo', 'A restricted record can be opened only to mission staff.');
  }
}
