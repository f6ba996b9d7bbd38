import type { ClassifiedRecord, ResourcePolicy } from '../../platform/access/policy.ts';
import { abilitiesOn } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

type MetaRow = ClassifiedRecord & { id: string; createdAt: Date; updatedAt: Date; archivedAt: Date | null };

/** The access and time fields every directory record answers with. */
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

export const ACCESS_FIELDS = ['classification', 'sharedParties', 'sharedOrganizations', 'restrictedTo', 'archivedAt'] as const;
