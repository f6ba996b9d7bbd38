import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { bodies, meetings } from '../../db/schema/meetings.table.ts';
import { type ClassifiedRecord, visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { defineAttachable } from '../../platform/documents/attachable.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const accessOf = (table: typeof bodies | typeof meetings) => async (db: Executor, ctx: RequestContext, id: string): Promise<ClassifiedRecord | null> => {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ classification: table.classification, sharedParties: table.sharedParties, sharedOrganizations: table.sharedOrganizations, restrictedTo: table.restrictedTo })
    .from(table)
    .where(and(eq(table.id, id), visibleTo(ctx, table)))
    .limit(1);
  return row ?? null;
};

/** Documents (a draft summary record, a press release) attach to meetings and bodies; only the mission attaches them. */
export const meetingAttachable = defineAttachable({ type: 'meeting', loadAccess: accessOf(meetings), path: (id) => `/meetings/${id}` });
export const bodyAttachable = defineAttachable({ type: 'body', loadAccess: accessOf(bodies), path: (id) => `/bodies/${id}` });
