// Initiatives: reading, listing, creating, changing and archiving them, with their DAC sectors; the answers with derived money.
import { nameInSql } from '../../db/columns.ts';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { CODELISTS } from '../../../shared/codelists.ts';
import { ACTIVITY_STATUS_OF_STAGE, allowedMoves, type initiativeInputSchema, type initiativeListQuerySchema, type initiativeUpdateSchema } from '../../../shared/initiatives.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { funds, initiativeDacSectors, initiativeStageChanges, initiatives } from '../../db/schema/initiatives.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkCode, checkCodes } from '../../platform/records/codelists.ts';
import { linkedRefs } from '../../platform/records/links.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { moneyOf } from '../../platform/records/money.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { loadRecordRefs, refKey } from '../../platform/records/record-types.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes, organizationRefs } from '../directory/directory.api.ts';
import { bodyRefs } from '../meetings/meetings.api.ts';
import { syncInitiativeCalendar } from './initiatives.calendar.ts';
import {
  currencyFixed,
  initiativeNotFound,
  initiativeWriteForbidden,
  invalidPeriod,
  proposalCodeTaken,
  responsibleNotStaff,
  unknownBody,
  unknownFund,
} from './initiatives.errors.ts';
import { moneyTotals } from './initiatives.money.ts';
import { initiativeResource } from './initiatives.policy.ts';
import { type InitiativeRow, budgetsOf, dacSectorsOf, findInitiative, historyOf, listInitiatives, transactionsOf } from './initiatives.repository.ts';
import { indexInitiative } from './initiatives.search.ts';

type Input = z.output<typeof initiativeInputSchema>;
type Update = z.output<typeof initiativeUpdateSchema>;

const FIELDS = [
  'titleEn', 'titleRu', 'description', 'objectives', 'proposalCode', 'sectors', 'stage', 'proponentPartyCode', 'proponentOrganizationId',
  'implementingOrganizationId', 'sponsoringBodyId', 'fundId', 'currency', 'memberParties', 'recipientCountries', 'recipientRegion',
  'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'responsibleUserId', 'iatiPublish', 'completionReportDocumentId',
  'unspentBalanceMinor', 'unspentBalanceCurrency', 'provenance', 'sourceUrl', ...ACCESS_FIELDS,
] as const;

/** The series of the mission's initiative references: AR-01, AR-02, … (ASEAN–Russia). */
export const INITIATIVE_SERIES = { key: 'initiative:AR', format: 'AR-{n:2}' };

export const initiativeSearchText = (i: Pick<InitiativeRow, 'reference' | 'titleEn' | 'titleRu' | 'proposalCode'>) => normaliseForSearch(i.reference, i.titleEn, i.titleRu, i.proposalCode);

/** Funds among `ids` the reader may see, as references. */
async function fundRefs(db: Executor, ctx: RequestContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, { id: string; name: string; nameRu: string | null }>();
  const rows = await db.select({ id: funds.id, name: funds.nameEn, nameRu: nameInSql(funds.names, 'ru') }).from(funds).where(and(inArray(funds.id, wanted), visibleTo(ctx, funds)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Initiatives as answered: references to other records the reader may see, sectors, the approval and derived money, in batched queries. */
export async function toInitiativeDtos(db: Executor, ctx: RequestContext, rows: InitiativeRow[]) {
  const ids = rows.map((r) => r.id);
  const [sectors, budgets, transactions, orgs, bodies, fundsById, approvals] = await Promise.all([
    dacSectorsOf(db, ids),
    budgetsOf(db, ids),
    transactionsOf(db, ids),
    organizationRefs(db, ctx, rows.flatMap((r) => [r.proponentOrganizationId, r.implementingOrganizationId])),
    bodyRefs(db, ctx, rows.map((r) => r.sponsoringBodyId)),
    fundRefs(db, ctx, rows.map((r) => r.fundId)),
    linkedRefs(db, ctx, 'initiative', ids, 'approval'),
  ]);
  const approvalRefs = [...approvals.values()].flat();
  const summaries = await loadRecordRefs(db, ctx, approvalRefs);
  const org = (id: string | null) => {
    const o = id ? orgs.get(id) : undefined;
    return o ? { id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null } : null;
  };
  return rows.map((r) => {
    const { searchText: _s, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, resumeStage, unspentBalanceMinor: _m, unspentBalanceCurrency: _u, unspentBalanceCurrencyList: _l, ...rest } = r;
    const body = r.sponsoringBodyId ? bodies.get(r.sponsoringBodyId) : undefined;
    const fund = r.fundId ? fundsById.get(r.fundId) : undefined;
    const approvalRef = approvals.get(r.id)?.[0];
    const approval = approvalRef ? summaries.get(refKey(approvalRef)) : undefined;
    return {
      ...rest,
      ...recordMeta(ctx, initiativeResource, r),
      stageChangedAt: r.stageChangedAt.toISOString(),
      dacSectors: (sectors.get(r.id) ?? []).map((s) => ({ code: s.code, percentage: s.percentage })),
      activityStatus: ACTIVITY_STATUS_OF_STAGE[r.stage],
      nextStages: allowedMoves(r.stage, resumeStage),
      // A record the reader may not see is not revealed, not even by its id.
      proponentOrganizationId: org(r.proponentOrganizationId) ? r.proponentOrganizationId : null,
      proponentOrganization: org(r.proponentOrganizationId),
      implementingOrganizationId: org(r.implementingOrganizationId) ? r.implementingOrganizationId : null,
      implementingOrganization: org(r.implementingOrganizationId),
      sponsoringBodyId: body ? r.sponsoringBodyId : null,
      sponsoringBody: body ? { id: body.id, name: body.acronym ?? body.names.en, nameRu: body.names.ru ?? null } : null,
      fundId: fund ? r.fundId : null,
      fund: fund ?? null,
      unspentBalance: moneyOf(r, 'unspentBalance'),
      approval: approvalRef && approval ? { ...approvalRef, title: approval.title, path: approval.path } : null,
      totals: moneyTotals(budgets.get(r.id) ?? [], transactions.get(r.id) ?? [], r.currency),
    };
  });
}

export async function getInitiative(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findInitiative(deps.db, ctx, id);
  if (!row) throw initiativeNotFound();
  const [dto] = await toInitiativeDtos(deps.db, ctx, [row]);
  return dto;
}

/** The stage history of a visible initiative: who moved it, when and why. */
export async function initiativeHistory(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await findInitiative(deps.db, ctx, id))) throw initiativeNotFound();
  return { items: (await historyOf(deps.db, id)).map((h) => ({ ...h, at: h.at.toISOString() })) };
}

export async function searchInitiatives(deps: Deps, ctx: RequestContext, q: z.output<typeof initiativeListQuerySchema>) {
  const res = await listInitiatives(deps.db, ctx, q);
  return { ...res, items: await toInitiativeDtos(deps.db, ctx, res.items) };
}

async function checkInput(db: Executor, ctx: RequestContext, id: string | null, input: Update, current?: InitiativeRow) {
  await checkCodes(db, CODELISTS.missionSector, input.sectors ?? [], 'sectors', { keep: current?.sectors });
  if (input.dacSectors) {
    const kept = current ? ((await dacSectorsOf(db, [current.id])).get(current.id) ?? []).map((s) => s.code) : [];
    await checkCodes(db, CODELISTS.dacSector, input.dacSectors.map((s) => s.code), 'dacSectors', { keep: kept });
  }
  if (input.currency) await checkCode(db, CODELISTS.currency, input.currency, 'currency');
  await checkPartyCodes(db, [input.proponentPartyCode], 'proponentPartyCode');
  await checkPartyCodes(db, input.memberParties ?? [], 'memberParties');
  await checkPartyCodes(db, input.recipientCountries ?? [], 'recipientCountries');
  await checkOrganizations(db, ctx, [input.proponentOrganizationId], 'proponentOrganizationId');
  await checkOrganizations(db, ctx, [input.implementingOrganizationId], 'implementingOrganizationId');
  if (input.sponsoringBodyId && !(await bodyRefs(db, ctx, [input.sponsoringBodyId])).size) throw unknownBody();
  if (input.fundId && !(await fundRefs(db, ctx, [input.fundId])).size) throw unknownFund();
  if (input.responsibleUserId) {
    const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, input.responsibleUserId), sql`${users.role} in ('admin','head','staff')`));
    if (!u) throw responsibleNotStaff();
  }
  const merged = { ...current, ...definedOnly(input) };
  if (merged.plannedStart && merged.plannedEnd && merged.plannedEnd < merged.plannedStart) throw invalidPeriod('plannedEnd');
  if (merged.actualStart && merged.actualEnd && merged.actualEnd < merged.actualStart) throw invalidPeriod('actualEnd');
  if (input.proposalCode) {
    const [other] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.proposalCode, input.proposalCode));
    if (other && other.id !== id) throw proposalCodeTaken();
  }
}

/** Replaces an initiative's DAC sectors (the contract has checked they add up to 100). */
async function writeDacSectors(tx: Tx, ctx: RequestContext, id: string, list: { code: string; percentage: number }[], before: { code: string; percentage: number }[] | null) {
  await tx.delete(initiativeDacSectors).where(eq(initiativeDacSectors.initiativeId, id));
  if (list.length) await tx.insert(initiativeDacSectors).values(list.map((s, position) => ({ initiativeId: id, code: s.code, percentage: s.percentage, position })));
  if (JSON.stringify(before ?? []) !== JSON.stringify(list)) {
    await recordAudit(tx, ctx, { action: 'initiative.sectors', recordType: 'initiative', recordId: id, changes: { dacSectors: { before: before ?? undefined, after: list } } });
  }
}

export async function createInitiative(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, initiativeResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, null, input);
  const { classification, sharedWith, restrictedTo, dacSectors, ...fields } = input;
  const now = new Date();
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series: INITIATIVE_SERIES, record: { type: 'initiative', id }, at: now });
    const [row] = await tx
      .insert(initiatives)
      .values({
        ...fields,
        ...accessColumns(access),
        id,
        reference: code,
        proposalCode: fields.proposalCode ?? null,
        stage: 'idea',
        stageChangedAt: now,
        searchText: initiativeSearchText({ reference: code, titleEn: fields.titleEn, titleRu: fields.titleRu, proposalCode: fields.proposalCode ?? null }),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(initiativeStageChanges).values({ initiativeId: id, fromStage: null, toStage: 'idea', at: now, byUserId: ctx.viewer?.id ?? null });
    await recordAudit(tx, ctx, { action: 'initiative.create', recordType: 'initiative', recordId: id, changes: diff(null, row, FIELDS) });
    await writeDacSectors(tx, ctx, id, dacSectors, null);
    await indexInitiative(tx, row);
    await syncInitiativeCalendar(tx, row);
  });
  return getInitiative(deps, ctx, id);
}

/** Writes to an initiative and to its parts go through `withRecordForWrite` with this. */
export const initiativeRecord: RecordWriteSpec<typeof initiatives> = {
  table: initiatives,
  resource: initiativeResource,
  notFound: initiativeNotFound,
  forbidden: initiativeWriteForbidden,
};

/** Has the initiative money recorded (then its currency is fixed)? */
async function hasMoney(tx: Executor, id: string) {
  const [b, t] = await Promise.all([budgetsOf(tx, [id]), transactionsOf(tx, [id])]);
  return (b.get(id)?.length ?? 0) + (t.get(id)?.length ?? 0) > 0;
}

export async function updateInitiative(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, initiativeResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, id, input, current);
    if (input.currency && input.currency !== current.currency && (await hasMoney(tx, id))) throw currencyFixed();
    const { classification, sharedWith, restrictedTo, dacSectors, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx
      .update(initiatives)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), searchText: initiativeSearchText({ ...current, ...defined }), updatedAt: new Date() })
      .where(eq(initiatives.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'initiative.update', recordType: 'initiative', recordId: id, changes });
    if (dacSectors) {
      const before = ((await dacSectorsOf(tx, [id])).get(id) ?? []).map((s) => ({ code: s.code, percentage: s.percentage }));
      await writeDacSectors(tx, ctx, id, dacSectors, before);
    }
    await indexInitiative(tx, after);
    await syncInitiativeCalendar(tx, after);
  });
  return getInitiative(deps, ctx, id);
}

/** Archive hides an initiative from lists, the board and the exports (it stays readable and can be restored). */
export async function setInitiativeArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, initiativeRecord, id, archived, async (tx, row) => {
    await indexInitiative(tx, row);
    await syncInitiativeCalendar(tx, row);
  });
  return getInitiative(deps, ctx, id);
}
