// Documents as a record type that links may point at (platform/records/record-types.ts).
import { documents } from '../../db/schema/documents.table.ts';
import { and, inArray, sql } from 'drizzle-orm';
import { visibleTo } from '../access/policy.ts';
import { accessColumns, accessOf, allRecordTypes, defineRecordType, loadRecordRefs, refKey } from '../records/record-types.ts';

const UUID_TEXT = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
import { attachable } from './attachable.ts';
import { documentResource } from './documents.access.ts';

/**
 * A document is visible when its own access allows it and, when it is
 * attached to a record, the record is visible too (as `openDocument` decides).
 * Who may change it follows the record's module (`externalContributors`).
 */
export const documentRecordType = defineRecordType({
  type: 'document',
  policy: documentResource(),
  path: (id) => `/documents/${id}`,
  // Hidden when its own access hides it, or the record it is attached to is hidden.
  hiddenFrom: (ctx, id) => {
    const attachedHidden = allRecordTypes()
      .filter((t) => t.attachable && t.hiddenFrom)
      .map((t) => sql`(${documents.recordType} = ${t.type} and ${documents.recordId} ~ ${UUID_TEXT} and ${t.hiddenFrom!(ctx, sql`${documents.recordId}::uuid`)})`);
    return sql`exists (select 1 from ${documents} where ${documents.id} = ${id} and (not (${visibleTo(ctx, documents)})${attachedHidden.length ? sql` or ${sql.join(attachedHidden, sql` or `)}` : sql``}))`;
  },
  async load(db, ctx, ids) {
    const rows = await db
      .select({ id: documents.id, title: documents.title, recordType: documents.recordType, recordId: documents.recordId, ...accessColumns(documents) })
      .from(documents)
      .where(and(inArray(documents.id, ids), visibleTo(ctx, documents)));
    const attachedTo = rows.filter((r) => r.recordType && r.recordId).map((r) => ({ recordType: r.recordType!, recordId: r.recordId! }));
    const records = await loadRecordRefs(db, ctx, attachedTo);
    return rows
      .filter((r) => !r.recordType || !r.recordId || !attachable(r.recordType) || records.has(refKey({ recordType: r.recordType, recordId: r.recordId })))
      .map((r) => ({
        id: r.id,
        title: r.title,
        titleRu: null,
        path: `/documents/${r.id}`,
        access: accessOf(r),
        policy: documentResource(r.recordType ? attachable(r.recordType)?.externalContributors : false),
      }));
  },
});
