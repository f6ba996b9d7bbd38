// Parts of an initiative: budget lines, transactions, participating organisations and milestones; each write locks the initiative and is audited (additions answer through the route's read).
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { budgetInputSchema, milestoneInputSchema, participantInputSchema, transactionInputSchema } from '../../../shared/initiatives.ts';
import type { Tx } from '../../db/client.ts';
import { initiativeBudgets, initiativeMilestones, initiativeParticipants, initiativeTransactions } from '../../db/schema/initiatives.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkCode } from '../../platform/records/codelists.ts';
import { checkMoney, moneyOf, moneyValues } from '../../platform/records/money.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { CODELISTS } from '../../../shared/codelists.ts';
import { checkOrganizations, organizationRefs } from '../directory/directory.api.ts';
import { syncInitiativeCalendar } from './initiatives.calendar.ts';
import { budgetNotFound, currencyMismatch, initiativeNotFound, invalidPeriod, milestoneNotFound, participantNameRequired, participantNotFound, transactionNotFound } from './initiatives.errors.ts';
import { moneyTotals } from './initiatives.money.ts';
import { budgetsOf, findInitiative, milestonesOf, participantsOf, transactionsOf } from './initiatives.repository.ts';
import { initiativeRecord } from './initiatives.usecases.ts';
import { scheduleMilestoneReminder } from './reminders.job.ts';

type Money = { amountMinor: number; currency: string };
const ref = (id: string) => ({ recordType: 'initiative', recordId: id });

async function visible(deps: Deps, ctx: RequestContext, id: string) {
  const i = await findInitiative(deps.db, ctx, id);
  if (!i) throw initiativeNotFound();
  return i;
}

/** Amounts are in the initiative's currency: totals are never mixed. */
async function checkAmount(tx: Tx, value: Money, currency: string) {
  await checkMoney(tx, value, 'value');
  if (value.currency !== currency) throw currencyMismatch('value', currency);
}

// ---------- money ----------
const toBudget = (b: typeof initiativeBudgets.$inferSelect) => ({ id: b.id, type: b.type, periodStart: b.periodStart, periodEnd: b.periodEnd, value: moneyOf(b, 'value') as Money });
const toTransaction = (t: typeof initiativeTransactions.$inferSelect) => ({
  id: t.id,
  type: t.type,
  date: t.date,
  value: moneyOf(t, 'value') as Money,
  providerName: t.providerName,
  receiverName: t.receiverName,
  description: t.description,
});

/** Budget lines, transactions and the derived totals of a visible initiative. */
export async function initiativeMoney(deps: Deps, ctx: RequestContext, id: string) {
  const i = await visible(deps, ctx, id);
  const [b, t] = await Promise.all([budgetsOf(deps.db, [id]), transactionsOf(deps.db, [id])]);
  const budgets = b.get(id) ?? [];
  const transactions = t.get(id) ?? [];
  return { budgets: budgets.map(toBudget), transactions: transactions.map(toTransaction), totals: moneyTotals(budgets, transactions, i.currency) };
}

export async function addBudget(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof budgetInputSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    if (input.periodEnd < input.periodStart) throw invalidPeriod('periodEnd');
    await checkAmount(tx, input.value, i.currency);
    const [row] = await tx
      .insert(initiativeBudgets)
      .values({ initiativeId: id, type: input.type, periodStart: input.periodStart, periodEnd: input.periodEnd, ...moneyValues('value', input.value) })
      .returning();
    await recordAudit(tx, ctx, { action: 'initiative.budget_add', ...ref(id), changes: { budget: { after: toBudget(row) } } });
  });
}

export async function removeBudget(deps: Deps, ctx: RequestContext, id: string, budgetId: string) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    const [row] = await tx.delete(initiativeBudgets).where(and(eq(initiativeBudgets.id, budgetId), eq(initiativeBudgets.initiativeId, id))).returning();
    if (!row) throw budgetNotFound();
    await recordAudit(tx, ctx, { action: 'initiative.budget_remove', ...ref(id), changes: { budget: { before: toBudget(row) } } });
  });
  return initiativeMoney(deps, ctx, id);
}

export async function addTransaction(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof transactionInputSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    await checkCode(tx, CODELISTS.iatiTransactionType, input.type, 'type');
    await checkAmount(tx, input.value, i.currency);
    const [row] = await tx
      .insert(initiativeTransactions)
      .values({
        initiativeId: id,
        type: input.type,
        date: input.date,
        ...moneyValues('value', input.value),
        providerName: input.providerName ?? null,
        receiverName: input.receiverName ?? null,
        description: input.description ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'initiative.transaction_add', ...ref(id), changes: { transaction: { after: toTransaction(row) } } });
  });
}

export async function removeTransaction(deps: Deps, ctx: RequestContext, id: string, transactionId: string) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    const [row] = await tx.delete(initiativeTransactions).where(and(eq(initiativeTransactions.id, transactionId), eq(initiativeTransactions.initiativeId, id))).returning();
    if (!row) throw transactionNotFound();
    await recordAudit(tx, ctx, { action: 'initiative.transaction_remove', ...ref(id), changes: { transaction: { before: toTransaction(row) } } });
  });
  return initiativeMoney(deps, ctx, id);
}

// ---------- participating organisations ----------
export async function listParticipants(deps: Deps, ctx: RequestContext, id: string) {
  await visible(deps, ctx, id);
  const rows = (await participantsOf(deps.db, [id])).get(id) ?? [];
  // The name of a directory organisation the reader may not see is not revealed.
  const orgs = await organizationRefs(deps.db, ctx, rows.map((r) => r.organizationId));
  const items = rows
    .filter((r) => !r.organizationId || orgs.has(r.organizationId))
    .map((r) => ({ id: r.id, organizationId: r.organizationId, name: r.name, role: r.role, iatiRef: r.iatiRef, iatiType: r.iatiType }));
  return { items };
}

export async function addParticipant(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof participantInputSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    await checkOrganizations(tx, ctx, [input.organizationId], 'organizationId');
    await checkCode(tx, CODELISTS.iatiOrganisationRole, input.role, 'role');
    if (input.iatiType) await checkCode(tx, CODELISTS.iatiOrganisationType, input.iatiType, 'iatiType');
    const org = input.organizationId ? (await organizationRefs(tx, ctx, [input.organizationId])).get(input.organizationId) : undefined;
    const name = input.name ?? org?.names.en;
    if (!name) throw participantNameRequired();
    const [row] = await tx
      .insert(initiativeParticipants)
      .values({ initiativeId: id, organizationId: input.organizationId ?? null, name, role: input.role, iatiRef: input.iatiRef ?? null, iatiType: input.iatiType ?? null })
      .returning();
    await recordAudit(tx, ctx, { action: 'initiative.participant_add', ...ref(id), changes: { participant: { after: row } } });
  });
}

export async function removeParticipant(deps: Deps, ctx: RequestContext, id: string, participantId: string) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    const [row] = await tx.delete(initiativeParticipants).where(and(eq(initiativeParticipants.id, participantId), eq(initiativeParticipants.initiativeId, id))).returning();
    if (!row) throw participantNotFound();
    await recordAudit(tx, ctx, { action: 'initiative.participant_remove', ...ref(id), changes: { participant: { before: row } } });
  });
  return listParticipants(deps, ctx, id);
}

// ---------- milestones ----------
const toMilestone = (m: typeof initiativeMilestones.$inferSelect) => ({ id: m.id, title: m.title, plannedDate: m.plannedDate, actualDate: m.actualDate });

export async function listMilestones(deps: Deps, ctx: RequestContext, id: string) {
  await visible(deps, ctx, id);
  return { items: ((await milestonesOf(deps.db, [id])).get(id) ?? []).map(toMilestone) };
}

export async function addMilestone(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof milestoneInputSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    const [row] = await tx.insert(initiativeMilestones).values({ initiativeId: id, title: input.title, plannedDate: input.plannedDate, actualDate: input.actualDate ?? null }).returning();
    await recordAudit(tx, ctx, { action: 'initiative.milestone_add', ...ref(id), changes: { milestone: { after: toMilestone(row) } } });
    await scheduleMilestoneReminder(tx, row);
    await syncInitiativeCalendar(tx, i);
  });
}

export async function updateMilestone(deps: Deps, ctx: RequestContext, id: string, milestoneId: string, input: Partial<z.output<typeof milestoneInputSchema>>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    const [before] = await tx.select().from(initiativeMilestones).where(and(eq(initiativeMilestones.id, milestoneId), eq(initiativeMilestones.initiativeId, id)));
    if (!before) throw milestoneNotFound();
    const [after] = await tx.update(initiativeMilestones).set(definedOnly(input)).where(eq(initiativeMilestones.id, milestoneId)).returning();
    await recordAudit(tx, ctx, { action: 'initiative.milestone_update', ...ref(id), changes: { milestone: { before: toMilestone(before), after: toMilestone(after) } } });
    await scheduleMilestoneReminder(tx, after);
    await syncInitiativeCalendar(tx, i);
  });
  return listMilestones(deps, ctx, id);
}
