import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { delegations, organizations, parties, people } from '../../db/schema/directory.table.ts';
import { type ClassifiedRecord, visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { defineAttachable } from '../../platform/documents/attachable.ts';

/**
 * Documents can be attached to every directory record. Only the mission
 * attaches them (the directory is mission-maintained), and a document is
 * never easier to see than its record.
 */
type DirectoryTable = typeof organizations | typeof people | typeof parties | typeof delegations;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const accessOf = (table: DirectoryTable) => async (db: Executor, ctx: RequestContext, id: string): Promise<ClassifiedRecord | null> => {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({
      classification: table.classification,
      sharedParties: table.sharedParties,
      sharedOrganizations: table.sharedOrganizations,
      restrictedTo: table.restrictedTo,
    })
    .from(table)
    .where(and(eq(table.id, id), visibleTo(ctx, table)))
    .limit(1);
  return row ?? null;
};

/** The directory records documents attach to. */
export const directoryAttachables = [
  defineAttachable({ type: 'organization', loadAccess: accessOf(organizations), path: (id) => `/organizations/${id}` }),
  defineAttachable({ type: 'person', loadAccess: accessOf(people), path: (id) => `/people/${id}` }),
  defineAttachable({ type: 'party', loadAccess: accessOf(parties), path: (id) => `/parties/${id}` }),
  defineAttachable({ type: 'delegation', loadAccess: accessOf(delegations), path: (id) => `/delegations/${id}` }),
];
