// Which audit entries a reader may see: the record each entry is about, and the records its changes name, through the access policy.
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../db/schema/audit.table.ts';
import type { RequestContext } from '../context.ts';
import { allRecordTypes } from '../records/record-types.ts';

/**
 * SQL that holds when the record of this type with id `id` (a uuid
 * expression) exists and `ctx` may not see it. Record types give it
 * (`RecordType.hiddenFrom`); parts of records that are not record types
 * (a delegation's position, a silence procedure) give it in their module's
 * manifest (`auditedParts`), as their whole's visibility.
 */
export type HiddenFrom = (ctx: RequestContext, id: SQL) => SQL;

/** A kind of audited record that is not a record type, with the rule that hides its entries. */
export type AuditedPart = { type: string; hiddenFrom: HiddenFrom };

const parts = new Map<string, HiddenFrom>();

/** Registers an audited part; called by `installModules`. */
export function registerAuditedPart(p: AuditedPart) {
  parts.set(p.type, p.hiddenFrom);
}

const UUID_TEXT = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Every audited kind of record whose entries the access policy may hide, with its rule. */
function hidingRules(): [string, HiddenFrom][] {
  const rules = new Map(parts);
  for (const t of allRecordTypes()) if (t.hiddenFrom) rules.set(t.type, t.hiddenFrom);
  return [...rules];
}

/** The audited kinds of record whose entries the access policy may hide (for the test that none is forgotten). */
export const hiddenKinds = () => hidingRules().map(([type]) => type);

/**
 * Holds for an audit entry about a record `ctx` may not see. A CASE keeps the
 * cast to uuid behind the test of the record type and the id's form, so an
 * entry about anything else (an account, a job) is never cast.
 */
export function entryHiddenFrom(ctx: RequestContext): SQL {
  const rules = hidingRules();
  if (!rules.length) return sql`false`;
  const id = sql`${auditLog.recordId}::uuid`;
  const whens = rules.map(([type, hidden]) => sql`when ${auditLog.recordType} = ${type} then ${hidden(ctx, id)}`);
  return sql`(case when ${auditLog.recordId} is null or ${auditLog.recordId} !~ ${UUID_TEXT} then false ${sql.join(whens, sql` `)} else false end)`;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every uuid written anywhere in a value: as a whole string or inside one (a post's label names its organisation). */
function uuidsIn(value: unknown, into: Set<string>) {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') for (const m of v.matchAll(UUID_IN_TEXT)) into.add(m[0].toLowerCase());
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
}

/** Of these ids, the ones that name a record of any kind that `ctx` may not see: one query. */
export async function hiddenIds(db: Executor, ctx: RequestContext, ids: Set<string>): Promise<Set<string>> {
  const rules = hidingRules();
  if (!ids.size || !rules.length) return new Set();
  const list = sql.join(
    [...ids].map((i) => sql`${i}`),
    sql`,`,
  );
  const hiddenAny = sql.join(
    rules.map(([, hidden]) => sql`(${hidden(ctx, sql`c.id`)})`),
    sql` or `,
  );
  const res = (await db.execute(sql`select c.id::text as id from unnest(array[${list}]::uuid[]) as c(id) where ${hiddenAny}`)) as unknown as {
    rows: { id: string }[];
  };
  return new Set(res.rows.map((r) => r.id));
}

/** Placed where a value named a record the reader may not see. */
export const REDACTED = '[hidden record]';

/** The value with every string that names a hidden record replaced by `REDACTED`. */
function redact(value: unknown, hidden: Set<string>): unknown {
  if (typeof value === 'string') return [...value.matchAll(UUID_IN_TEXT)].some((m) => hidden.has(m[0].toLowerCase())) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, hidden));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, hidden)]));
  return value;
}

/**
 * The changes of each entry with values that name a record `ctx` may not see
 * (a hidden meeting's id, a post at a restricted organisation) redacted.
 */
export async function redactChanges<T extends { changes: unknown }>(db: Executor, ctx: RequestContext, entries: T[]): Promise<T[]> {
  const ids = new Set<string>();
  for (const e of entries) uuidsIn(e.changes, ids);
  const hidden = await hiddenIds(db, ctx, ids);
  if (!hidden.size) return entries;
  return entries.map((e) => ({ ...e, changes: redact(e.changes, hidden) }));
}
