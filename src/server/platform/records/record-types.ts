// The record-type registry: what platform services (links, documents) may know about another module's records.
import { type SQL, and, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { type ClassifiedColumns, type ClassifiedRecord, type ResourcePolicy, visibleTo } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';

/** A record as `ctx` may see it, as much as a platform service needs: its title, web path and access. */
export type RecordSummary = {
  id: string;
  /** The title in English (or the only one the record has). */
  title: string;
  /** The title in Russian, when the record has one. */
  titleRu: string | null;
  /** Web path of the record's page (a part of a record: its whole's page). */
  path: string;
  /** The access fields that decide who sees it (a part of a record: its whole's). */
  access: ClassifiedRecord;
  /** The policy for this record, when it is not its type's (a document follows its record's module). */
  policy?: ResourcePolicy;
};

/**
 * A kind of record that platform services may refer to. Each module lists
 * its own in its manifest, so links and documents never read another
 * module's tables.
 */
export type RecordType = {
  /** As in the audit log and in links (`organization`, `agenda_item`). */
  type: string;
  /**
   * The policy asked whether `ctx` may change a record of this type
   * (`can(ctx, 'update', policy, access)`). A part of a record (an agenda
   * item) names its whole's (the meeting's).
   */
  policy: ResourcePolicy;
  /**
   * The records among `ids` (valid uuids) that `ctx` may see, in one query.
   * Hidden and missing ones are simply absent.
   */
  load(db: Executor, ctx: RequestContext, ids: string[]): Promise<RecordSummary[]>;
  /** Documents may be attached to records of this type. */
  attachable?: boolean;
  /** The web path, for types whose path is known from the id alone. */
  path?: (id: string) => string;
  /**
   * SQL that holds when the record with id `id` (a uuid expression) exists and
   * `ctx` may not see it: the audit browser leaves out entries about it and
   * redacts values naming it (`platform/audit/audit-scope.ts`).
   */
  hiddenFrom?: (ctx: RequestContext, id: SQL) => SQL;
};

const types = new Map<string, RecordType>();

/** A kind of record platform services may refer to; listed in its module's manifest. */
export function defineRecordType(t: RecordType): RecordType {
  return t;
}

/** Registers a record type; called by `installModules`. */
export function registerRecordType(t: RecordType) {
  types.set(t.type, t);
}

export const recordType = (type: string) => types.get(type);
export const allRecordTypes = () => [...types.values()];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record named by type and id, as links and attachments name it. */
export type RecordRef = { recordType: string; recordId: string };
export const refKey = (r: RecordRef) => `${r.recordType}:${r.recordId.toLowerCase()}`;

/** The records of one type that `ctx` may see, by id; an unknown type or a malformed id finds nothing. */
export async function loadRecords(db: Executor, ctx: RequestContext, type: string, ids: Iterable<string>): Promise<Map<string, RecordSummary>> {
  const kind = types.get(type);
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  if (!kind || wanted.length === 0) return new Map();
  return new Map((await kind.load(db, ctx, wanted)).map((r) => [r.id, r]));
}

/** One record as `ctx` sees it, or null when it is missing or hidden (the two are indistinguishable). */
export async function loadRecord(db: Executor, ctx: RequestContext, ref: RecordRef): Promise<RecordSummary | null> {
  return (await loadRecords(db, ctx, ref.recordType, [ref.recordId])).get(ref.recordId.toLowerCase()) ?? null;
}

/** Records of any types that `ctx` may see, keyed by `refKey`: one query per type. */
export async function loadRecordRefs(db: Executor, ctx: RequestContext, refs: RecordRef[]): Promise<Map<string, RecordSummary>> {
  const byType = new Map<string, string[]>();
  for (const r of refs) byType.set(r.recordType, [...(byType.get(r.recordType) ?? []), r.recordId]);
  const out = new Map<string, RecordSummary>();
  for (const [type, ids] of byType) {
    for (const [id, rec] of await loadRecords(db, ctx, type, ids)) out.set(refKey({ recordType: type, recordId: id }), rec);
  }
  return out;
}

type ClassifiedTable = PgTable & { id: PgColumn; classification: PgColumn; sharedParties: PgColumn; sharedOrganizations: PgColumn; restrictedTo: PgColumn };

/** The access columns of a classified table, to select beside a record's own. */
export const accessColumns = <T extends ClassifiedColumns>(t: T): Pick<T, keyof ClassifiedColumns> => ({
  classification: t.classification,
  sharedParties: t.sharedParties,
  sharedOrganizations: t.sharedOrganizations,
  restrictedTo: t.restrictedTo,
});

/** The access fields of a row selected with `accessColumns`. */
export const accessOf = (r: { classification: unknown; sharedParties: unknown; sharedOrganizations: unknown; restrictedTo: unknown }): ClassifiedRecord => ({
  classification: r.classification as ClassifiedRecord['classification'],
  sharedParties: r.sharedParties as string[],
  sharedOrganizations: r.sharedOrganizations as string[],
  restrictedTo: r.restrictedTo as string[],
});

/**
 * The record type of a classified table with a page of its own: one query on
 * the table, through the access policy, for the id and the title columns.
 */
export function classifiedRecordType(t: {
  type: string;
  table: ClassifiedTable;
  title: PgColumn;
  titleRu?: PgColumn | SQL<string | null>;
  path: (id: string) => string;
  policy: ResourcePolicy;
  attachable?: boolean;
}): RecordType {
  return {
    type: t.type,
    policy: t.policy,
    attachable: t.attachable,
    path: t.path,
    hiddenFrom: (ctx, id) => sql`exists (select 1 from ${t.table} where ${t.table.id} = ${id} and not (${visibleTo(ctx, t.table)}))`,
    async load(db, ctx, ids) {
      const rows = await db
        .select({ id: t.table.id, title: t.title, titleRu: t.titleRu ?? sql<string | null>`null`, ...accessColumns(t.table) })
        .from(t.table as PgTable)
        .where(and(inArray(t.table.id, ids), visibleTo(ctx, t.table)));
      return rows.map((r) => ({ id: String(r.id), title: String(r.title), titleRu: (r.titleRu as string | null) ?? null, path: t.path(String(r.id)), access: accessOf(r) }));
    },
  };
}
