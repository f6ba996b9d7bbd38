// The access and time fields every classified record answers with, and the access columns it stores.
import { abilitiesOn, type ClassifiedRecord, type ResourcePolicy } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';

type MetaRow = ClassifiedRecord & { id: string; createdAt: Date; updatedAt: Date; archivedAt: Date | null };

/** The access and time fields of a record in a response, with what `ctx` may do to it. */
export function recordMeta(ctx: RequestContext, resource: ResourcePolicy, row: MetaRow) {
  return {
    id: row.id,
    classification: row.classification,
    sharedWith: { parties: row.sharedParties, organizations: row.sharedOrganizations },
    restrictedTo: row.restrictedTo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    abilities: abilitiesOn(ctx, resource, row),
  };
}

/** The access columns to store, from what the access policy resolved. */
export const accessColumns = (a: ClassifiedRecord) => ({
  classification: a.classification,
  sharedParties: a.sharedParties,
  sharedOrganizations: a.sharedOrganizations,
  restrictedTo: a.restrictedTo,
});

/** The access fields of a classified record, audited with every change of it. */
export const ACCESS_FIELDS = ['classification', 'sharedParties', 'sharedOrganizations', 'restrictedTo', 'archivedAt'] as const;
