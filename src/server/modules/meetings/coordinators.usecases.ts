// A body's coordinators and chairs over time: listing, adding, changing and removing terms; who is next in rotation.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { coordinatorInputSchema, coordinatorUpdateSchema } from '../../../shared/meetings.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { bodyCoordinators } from '../../db/schema/meetings.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkPartyCodes } from '../directory/directory.api.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { coordinatorsOf, findBody } from './bodies.repository.ts';
import { bodyRecord, toCoordinatorDto } from './bodies.usecases.ts';
import { bodyNotFound, coordinatorNotAMember, coordinatorNotFound, invalidPeriod } from './meetings.errors.ts';
import { coordination } from './rotation.ts';
import { definedOnly } from '../../platform/records/patch.ts';

type Input = z.output<typeof coordinatorInputSchema>;
type Update = z.output<typeof coordinatorUpdateSchema>;
const FIELDS = ['partyCode', 'role', 'fromDate', 'toDate', 'provenance', 'sourceUrl'] as const;

/** A body's coordinators and chairs over time, who is in office today, and who is next in the rotation. */
export async function listCoordinators(deps: Deps, ctx: RequestContext, bodyId: string) {
  const body = await findBody(deps.db, ctx, bodyId);
  if (!body) throw bodyNotFound();
  const rows = (await coordinatorsOf(deps.db, [bodyId])).get(bodyId) ?? [];
  const { current, nextPartyCode } = coordination(rows, body.rotationOrder);
  return { items: rows.map(toCoordinatorDto), current: current ? toCoordinatorDto(current) : null, nextPartyCode };
}

async function check(db: Executor, memberParties: string[], v: { partyCode: string; fromDate: string; toDate: string | null }) {
  await checkPartyCodes(db, [v.partyCode], 'partyCode');
  if (memberParties.length && !memberParties.includes(v.partyCode))
    throw coordinatorNotAMember(v.partyCode);
  if (v.toDate && v.toDate < v.fromDate) throw invalidPeriod('toDate');
}

export async function addCoordinator(deps: Deps, ctx: RequestContext, bodyId: string, input: Input) {
  await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx, body) => {
    await check(tx, body.memberParties, { ...input, toDate: input.toDate ?? null });
    const [row] = await tx
      .insert(bodyCoordinators)
      .values({ bodyId, partyCode: input.partyCode, role: input.role, fromDate: input.fromDate, toDate: input.toDate ?? null, provenance: input.provenance ?? null, sourceUrl: input.sourceUrl ?? null })
      .returning();
    await recordAudit(tx, ctx, { action: 'body_coordinator.create', recordType: 'body_coordinator', recordId: row.id, changes: { bodyId: { after: bodyId }, ...diff(null, row, FIELDS) } });
  });
  return listCoordinators(deps, ctx, bodyId);
}

/** The term, locked for the rest of `tx`; the caller holds the body's lock. */
async function lockCoordinator(tx: Tx, bodyId: string, id: string) {
  const [row] = await tx.select().from(bodyCoordinators).where(and(eq(bodyCoordinators.id, id), eq(bodyCoordinators.bodyId, bodyId))).limit(1).for('update');
  if (!row) throw coordinatorNotFound();
  return row;
}

export async function updateCoordinator(deps: Deps, ctx: RequestContext, bodyId: string, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx, body) => {
    const current = await lockCoordinator(tx, bodyId, id);
    const defined = definedOnly(input);
    await check(tx, body.memberParties, { ...current, ...defined });
    const [after] = await tx.update(bodyCoordinators).set(defined).where(eq(bodyCoordinators.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'body_coordinator.update', recordType: 'body_coordinator', recordId: id, changes });
  });
  return listCoordinators(deps, ctx, bodyId);
}

export async function removeCoordinator(deps: Deps, ctx: RequestContext, bodyId: string, id: string) {
  await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    const current = await lockCoordinator(tx, bodyId, id);
    await tx.delete(bodyCoordinators).where(eq(bodyCoordinators.id, id));
    await recordAudit(tx, ctx, { action: 'body_coordinator.delete', recordType: 'body_coordinator', recordId: id, changes: { bodyId: { before: bodyId }, ...diff(current, null, FIELDS) } });
  });
  return listCoordinators(deps, ctx, bodyId);
}
