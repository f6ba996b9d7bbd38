// The `links` fields of work-plan lines, agenda items and decisions, kept as record links (platform/records/links.ts).
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { Executor, Tx } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { AppError } from '../../platform/errors.ts';
import { linkedRefs, replaceLinks } from '../../platform/records/links.ts';
import type { RecordRef } from '../../platform/records/record-types.ts';

/** The kind of link a record's own `links` field holds. */
const REFERENCES = 'references';
type Owner = 'work_plan_line' | 'agenda_item' | 'decision';

/** The `links` of each of `ids`: the records `ctx` may see, in the order given when they were set. */
export const linksOf = (db: Executor, ctx: RequestContext, type: Owner, ids: string[]) => linkedRefs(db, ctx, type, ids, REFERENCES);

/**
 * Sets a record's `links`: each must be a record the user may see (400 naming
 * `links.<i>.recordId` otherwise); links to records hidden from the user stay.
 */
export const setLinks = (tx: Tx, ctx: RequestContext, type: Owner, id: string, links: RecordRef[] | undefined) =>
  links ? replaceLinks(tx, ctx, { recordType: type, recordId: id }, links, REFERENCES, 'links') : Promise.resolve();

/** A unique index refused the write (two requests raced past a check): answered as the check would have. */
export function rethrowUnique(make: () => AppError) {
  return (e: unknown): never => {
    const cause = e instanceof DrizzleQueryError ? (e.cause as { code?: string } | undefined) : (e as { code?: string } | undefined);
    if (cause?.code === '23505') throw make();
    throw e;
  };
}
