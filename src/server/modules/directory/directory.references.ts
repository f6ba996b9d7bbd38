// Checks that the records a request points at (parties, organisations, people) exist and are visible.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { organizations, parties, people } from '../../db/schema/directory.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { unknownOrganization, unknownParty, unknownPerson } from './directory.errors.ts';

/**
 * Checks that the records a request points at exist and are visible to the
 * user; a reference the user cannot see is reported as unknown, like a missing one.
 */
export async function checkPartyCodes(db: Executor, codes: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  const found = await existingPartyCodes(db, wanted);
  const missing = wanted.filter((c) => !found.has(c));
  if (missing.length) throw unknownParty(field, missing);
}

export async function checkOrganizations(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(ids.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  if ((await visibleOrganizationIds(db, ctx, wanted)).size !== wanted.length) throw unknownOrganization(field);
}

/** The codes among `codes` that name a party (parties are never hidden from a check: codes are public). */
export async function existingPartyCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const found = await db.select({ code: parties.code }).from(parties).where(inArray(parties.code, codes));
  return new Set(found.map((f) => f.code));
}

/** The ids among `ids` of organisations `ctx` may see. */
export async function visibleOrganizationIds(db: Executor, ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const found = await db.select({ id: organizations.id }).from(organizations).where(and(inArray(organizations.id, ids), visibleTo(ctx, organizations)));
  return new Set(found.map((f) => f.id));
}

/** An organisation's English name, whoever asks (the account's own organisation). */
export async function organizationName(db: Executor, id: string) {
  const [o] = await db.select({ name: organizations.nameEn }).from(organizations).where(eq(organizations.id, id));
  return o?.name ?? null;
}

export async function checkPeople(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[], field: string) {
  const wanted = [...new Set(ids.filter((c): c is string => !!c))];
  if (wanted.length === 0) return;
  const found = await db.select({ id: people.id }).from(people).where(and(inArray(people.id, wanted), visibleTo(ctx, people)));
  if (found.length !== wanted.length) throw unknownPerson(field);
}
