// Organisations: reading, searching, creating, changing (no cycles in the hierarchy) and archiving them.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { organizationInputSchema, organizationUpdateSchema } from '../../../shared/directory.ts';
import { allNames, type Names } from '../../../shared/names.ts';
import { organizations } from '../../db/schema/directory.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { narrowAttachments } from '../../platform/documents/documents.usecases.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { wouldCycle } from '../../platform/records/tree.ts';
import { organizationCycle, organizationNotFound, organizationWriteForbidden } from './directory.errors.ts';
import { notifyNewlyShared } from './directory.notifications.ts';
import { directoryResource } from './directory.policy.ts';
import { indexOrganization } from './directory.search.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { syncPeopleAtOrganization } from './people.calendar.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { checkOrganizations, checkPartyCodes } from './directory.references.ts';
import { type OrganizationWithParent, findOrganization, listOrganizations } from './organizations.repository.ts';

export const organizationResource = directoryResource('organization');
type Input = z.output<typeof organizationInputSchema>;
type Update = z.output<typeof organizationUpdateSchema>;

const FIELDS = ['names', 'nameLocal', 'acronym', 'kind', 'countryCode', 'parentId', 'website', 'address', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;

const searchText = (o: { names: Names; nameLocal?: string | null; acronym?: string | null }) =>
  normaliseForSearch(...allNames(o.names), o.nameLocal, o.acronym);

export function toOrganizationDto(ctx: RequestContext, o: OrganizationWithParent) {
  return {
    ...recordMeta(ctx, organizationResource, o),
    names: o.names,
    nameLocal: o.nameLocal,
    acronym: o.acronym,
    kind: o.kind,
    countryCode: o.countryCode,
    // A parent the user may not see is not revealed, not even by its id.
    parentId: o.parent ? o.parentId : null,
    parent: o.parent,
    website: o.website,
    address: o.address,
    provenance: o.provenance,
    sourceUrl: o.sourceUrl,
  };
}

export async function getOrganization(deps: Deps, ctx: RequestContext, id: string) {
  const o = await findOrganization(deps.db, ctx, id);
  if (!o) throw organizationNotFound();
  return toOrganizationDto(ctx, o);
}

export async function searchOrganizations(deps: Deps, ctx: RequestContext, query: Parameters<typeof listOrganizations>[2]) {
  const res = await listOrganizations(deps.db, ctx, query);
  return { ...res, items: res.items.map((o) => toOrganizationDto(ctx, o)) };
}

export async function createOrganization(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, organizationResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkPartyCodes(deps.db, [input.countryCode], 'countryCode');
  await checkOrganizations(deps.db, ctx, [input.parentId], 'parentId');
  const now = new Date();
  const created = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organizations)
      .values({
        ...accessColumns(access),
        names: input.names,
        nameLocal: input.nameLocal,
        acronym: input.acronym,
        kind: input.kind,
        countryCode: input.countryCode ?? null,
        parentId: input.parentId ?? null,
        website: input.website ?? null,
        address: input.address,
        provenance: input.provenance ?? null,
        sourceUrl: input.sourceUrl ?? null,
        searchText: searchText(input),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'organization.create', recordType: 'organization', recordId: row.id, changes: diff(null, row, FIELDS) });
    await indexOrganization(tx, row);
    await notifyNewlyShared(tx, 'organization', row.id, row.names, null, row);
    return row;
  });
  return getOrganization(deps, ctx, created.id);
}

const organizationRecord: RecordWriteSpec<typeof organizations> = {
  table: organizations,
  resource: organizationResource,
  notFound: organizationNotFound,
  forbidden: organizationWriteForbidden,
};

export async function updateOrganization(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, organizationRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, organizationResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    if (input.countryCode !== undefined) await checkPartyCodes(tx, [input.countryCode], 'countryCode');
    if (input.parentId) {
      await checkOrganizations(tx, ctx, [input.parentId], 'parentId');
      if (input.parentId === id || (await wouldCycle(tx, organizations, id, input.parentId))) throw organizationCycle();
    }
    const fields = definedOnly(input, ['names', 'nameLocal', 'acronym', 'kind', 'countryCode', 'parentId', 'website', 'address', 'provenance', 'sourceUrl']);
    const next = { ...current, ...fields };
    const [after] = await tx
      .update(organizations)
      .set({
        ...fields,
        ...(access ? accessColumns(access) : {}),
        searchText: searchText(next),
        updatedAt: new Date(),
      })
      .where(eq(organizations.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { action: 'organization.update', recordType: 'organization', recordId: id, changes });
    }
    await indexOrganization(tx, after);
    // Attached documents are never looser than their record.
    if (access) await narrowAttachments(tx, ctx, 'organization', id, after);
    await notifyNewlyShared(tx, 'organization', id, after.names, current, after);
    // Post items on the calendar carry the organisation's name and narrow its access.
    await syncPeopleAtOrganization(tx, id);
  });
  return getOrganization(deps, ctx, id);
}

/** Archive hides a record from lists (it stays readable and can be restored); nothing is deleted. */
export async function setOrganizationArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, organizationRecord, id, archived, indexOrganization);
  return getOrganization(deps, ctx, id);
}
