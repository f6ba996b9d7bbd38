// Replying to an item: an incoming answer registered in one step against what it answers, or an outgoing draft answering an incoming item; the thread links them.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { replyInputSchema } from '../../../shared/correspondence.ts';
import type { Tx } from '../../db/client.ts';
import { correspondence } from '../../db/schema/correspondence.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { correspondenceNotFound } from './correspondence.errors.ts';
import { addresseesOf, type CorrespondenceRow, findCorrespondence } from './correspondence.repository.ts';
import { afterWrite, createCorrespondence } from './correspondence.usecases.ts';

type ReplyInput = z.output<typeof replyInputSchema>;

/** An outgoing item a reply comes back to has been received: dispatched → acknowledged (audited). */
async function acknowledge(tx: Tx, ctx: RequestContext, parentId: string) {
  const [parent] = await tx.select().from(correspondence).where(eq(correspondence.id, parentId)).for('update');
  if (parent?.direction !== 'outgoing' || parent.status !== 'dispatched') return;
  const [after] = await tx.update(correspondence).set({ status: 'acknowledged', updatedAt: new Date() }).where(eq(correspondence.id, parentId)).returning();
  await recordAudit(tx, ctx, { action: 'correspondence.status', recordType: 'correspondence', recordId: parentId, changes: diff(parent, after, ['status']) });
  await afterWrite(tx, ctx, after);
}

/**
 * Registers a reply to `id`. An incoming reply comes from the item's first
 * addressee and acknowledges it; an outgoing reply goes to the sender of the
 * incoming item and answers it when dispatched. The reply keeps the item's
 * access (shared with the same correspondents, or not at all).
 */
export async function replyTo(deps: Deps, ctx: RequestContext, id: string, input: ReplyInput) {
  const parent: CorrespondenceRow | null = await findCorrespondence(deps.db, ctx, id);
  if (!parent) throw correspondenceNotFound();
  const addressees = (await addresseesOf(deps.db, [id])).get(id) ?? [];
  const first = addressees[0];
  const incoming = input.direction === 'incoming';
  // Shared only with the parties of the item that are correspondents of the reply too.
  const replyParties = incoming ? [first?.partyCode] : [parent.senderPartyCode];
  const parties = parent.sharedParties.filter((p) => replyParties.includes(p));
  const access = {
    classification: parent.classification === 'shared' && parties.length === 0 ? ('mission' as const) : parent.classification,
    sharedWith: { parties, organizations: [] },
    restrictedTo: parent.restrictedTo,
  };
  return createCorrespondence(
    deps,
    ctx,
    {
      ...input,
      ...access,
      direction: input.direction,
      kind: input.kind,
      inReplyToId: id,
      senderOrganizationId: incoming ? (first?.organizationId ?? parent.senderOrganizationId) : null,
      senderPersonId: null,
      senderPartyCode: incoming ? (first?.partyCode ?? null) : null,
      addressees: incoming
        ? []
        : parent.senderOrganizationId
          ? [{ organizationId: parent.senderOrganizationId, personId: parent.senderPersonId, partyCode: parent.senderPartyCode, email: null, title: null }]
          : [],
      dueDate: null,
      assigneeUserId: null,
      links: [],
    },
    { afterInsert: async (tx) => (incoming ? acknowledge(tx, ctx, id) : undefined) },
  );
}
