// The `links` fields of work-plan lines, agenda items and decisions, kept as record links (platform/records/links.ts).
import type { Executor, Tx } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
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
