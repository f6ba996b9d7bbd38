// People: reading, searching, creating, changing (with their posts) and archiving them.
import { and, eq, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { personInputSchema, personListQuerySchema, personUpdateSchema } from '../../../shared/directory.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { people, posts } from '../../db/schema/directory.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { narrowAttachments } from '../../platform/documents/documents.usecases.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { invalidPeriod, personNotFound, personWriteForbidden } from './directory.errors.ts';
import { notifyNewlyShared } from './directory.notifications.ts';
import { directoryResource } from './directory.policy.ts';
import { indexPerson } from './directory.search.ts';
import { syncPersonCalendar } from './people.calendar.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { checkOrganizations } from './directory.references.ts';
import { type PersonWithPosts, findPerson, listPeople, postsOf } from './people.repository.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';

export const personResource = directoryResource('person');
type Input = z.output<typeof personInputSchema>;
type Update = z.output<typeof personUpdateSchema>;
type PostInput = NonNullable<Input['posts']>[number];

const FIELDS = ['fullName', 'nameLatin', 'nameRu', 'honorific', 'email', 'phone', 'languages', 'notes', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;

const searchText = (p: { fullName: string; nameLatin?: string | null; nameRu?: string | null }) =>
  normaliseForSearch(p.fullName, p.nameLatin, p.nameRu);

export function toPersonDto(ctx: RequestContext, p: PersonWithPosts) {
  return {
    ...recordMeta(ctx, personResource, p),
    fullName: p.fullName,
    nameLatin: p.nameLatin,
    nameRu: p.nameRu,
    honorific: p.honorific,
    email: p.email,
    phone: p.phone,
    languages: p.languages,
    notes: p.notes,
    provenance: p.provenance,
    sourceUrl: p.sourceUrl,
    posts: p.posts,
  };
}

export async function getPerson(deps: Deps, ctx: RequestContext, id: string) {
  const p = await findPerson(deps.db, ctx, id);
  if (!p) throw personNotFound();
  return toPersonDto(ctx, p);
}

export async function searchPeople(deps: Deps, ctx: RequestContext, q: z.output<typeof personListQuerySchema>) {
  const res = await listPeople(deps.db, ctx, q);
  return { ...res, items: res.items.map((p) => toPersonDto(ctx, p)) };
}

async function checkPosts(db: Executor, ctx: RequestContext, list: PostInput[] | undefined) {
  if (!list) return;
  list.forEach((p, i) => {
    if (p.fromDate && p.toDate && p.toDate < p.fromDate) throw invalidPeriod(`posts.${i}.toDate`);
  });
  for (const [i, p] of list.entries()) await checkOrganizations(db, ctx, [p.organizationId], `posts.${i}.organizationId`);
}

const postLabel = (p: { organizationId: string; title: string; fromDate: string | null; toDate: string | null }) =>
  `${p.title} @ ${p.organizationId} (${p.fromDate ?? '…'}–${p.toDate ?? '…'})`;

/** Replaces the person's posts with `list`; posts at organisations hidden from the user are left untouched. */
async function replacePosts(tx: Tx, personId: string, visibleOrgIds: string[] | null, list: PostInput[]) {
  const before = await tx.select().from(posts).where(eq(posts.personId, personId));
  const keep = visibleOrgIds === null ? [] : before.filter((p) => !visibleOrgIds.includes(p.organizationId));
  await tx.delete(posts).where(
    keep.length ? and(eq(posts.personId, personId), notInArray(posts.id, keep.map((p) => p.id))) : eq(posts.personId, personId),
  );
  if (list.length) {
    await tx.insert(posts).values(
      list.map((p) => ({ personId, organizationId: p.organizationId, title: p.title, fromDate: p.fromDate ?? null, toDate: p.toDate ?? null })),
    );
  }
  const b = before.filter((p) => !keep.includes(p)).map(postLabel).sort();
  const a = list.map((p) => postLabel({ organizationId: p.organizationId, title: p.title, fromDate: p.fromDate ?? null, toDate: p.toDate ?? null })).sort();
  return JSON.stringify(a) === JSON.stringify(b) ? null : { before: b, after: a };
}

export async function createPerson(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, personResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkPosts(deps.db, ctx, input.posts);
  const now = new Date();
  const created = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(people)
      .values({
        ...accessColumns(access),
        fullName: input.fullName,
        nameLatin: input.nameLatin,
        nameRu: input.nameRu,
        honorific: input.honorific,
        email: input.email ?? null,
        phone: input.phone,
        languages: input.languages,
        notes: input.notes,
        provenance: input.provenance ?? null,
        sourceUrl: input.sourceUrl ?? null,
        searchText: searchText(input),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const changes = diff(null, row, FIELDS);
    const postChange = await replacePosts(tx, row.id, null, input.posts ?? []);
    if (postChange) changes.posts = { after: postChange.after };
    await recordAudit(tx, ctx, { action: 'person.create', recordType: 'person', recordId: row.id, changes });
    await indexPerson(tx, row);
    await syncPersonCalendar(tx, row);
    await notifyNewlyShared(tx, 'person', row.id, row.fullName, null, row);
    return row;
  });
  return getPerson(deps, ctx, created.id);
}

const personRecord: RecordWriteSpec<typeof people> = {
  table: people,
  resource: personResource,
  notFound: personNotFound,
  forbidden: personWriteForbidden,
};

export async function updatePerson(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, personRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, personResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkPosts(tx, ctx, input.posts);
    const fields = definedOnly(input, ['fullName', 'nameLatin', 'nameRu', 'honorific', 'email', 'phone', 'languages', 'notes', 'provenance', 'sourceUrl']);
    const names = { ...current, ...fields };
    const [after] = await tx
      .update(people)
      .set({
        ...fields,
        ...(access ? accessColumns(access) : {}),
        searchText: searchText(names),
        updatedAt: new Date(),
      })
      .where(eq(people.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (input.posts) {
      const visiblePosts = (await postsOf(tx, ctx, [id])).get(id) ?? [];
      const postChange = await replacePosts(tx, id, visiblePosts.map((p) => p.organizationId), input.posts);
      if (postChange) changes.posts = postChange;
    }
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'person.update', recordType: 'person', recordId: id, changes });
    await indexPerson(tx, after);
    await syncPersonCalendar(tx, after);
    if (access) await narrowAttachments(tx, ctx, 'person', id, after);
    await notifyNewlyShared(tx, 'person', id, after.fullName, current, after);
  });
  return getPerson(deps, ctx, id);
}

export async function setPersonArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, personRecord, id, archived, async (tx, after) => {
    await indexPerson(tx, after);
    await syncPersonCalendar(tx, after);
  });
  return getPerson(deps, ctx, id);
}
