// Funds: reading, listing, creating, changing and archiving them, their yearly contributions, and the balance across the initiatives a reader may see.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { CODELISTS } from '../../../shared/codelists.ts';
import type { contributionInputSchema, fundInputSchema, fundListQuerySchema, fundUpdateSchema } from '../../../shared/initiatives.ts';
import { type Money, subtractMoney, sumMoney, zeroMoney } from '../../../shared/money.ts';
import type { Executor } from '../../db/client.ts';
import { fundContributions, funds, initiativeTransactions, initiatives } from '../../db/schema/initiatives.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkCode } from '../../platform/records/codelists.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { checkMoney, moneyFromSum, moneyOf, moneyValues } from '../../platform/records/money.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { currencyFixed, currencyMismatch, fundNotFound, fundWriteForbidden } from './initiatives.errors.ts';
import { fundResource } from './initiatives.policy.ts';
import { indexFund } from './initiatives.search.ts';

type FundRow = typeof funds.$inferSelect;
const FIELDS = ['names', 'acronym', 'currency', 'notes', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;
const sortKeys: Record<'name' | 'updatedAt', SortKey<FundRow>> = {
  name: { expr: sql`lower(${funds.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${funds.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

async function findFund(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(funds).where(and(eq(funds.id, id), visibleTo(ctx, funds)));
  return row ?? null;
}

/**
 * Per fund and year: contributions received, and commitments and
 * disbursements of its initiatives in the fund's currency — only those
 * initiatives the reader may see, so a total never reveals a hidden one.
 */
async function contributionRowsOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(fundContributions).where(inArray(fundContributions.fundId, ids)).orderBy(asc(fundContributions.year), asc(fundContributions.id));
}

async function fundFigures(db: Executor, ctx: RequestContext, rows: FundRow[]) {
  const ids = rows.map((f) => f.id);
  const byFund = new Map<string, Map<number, { contributions: string; committed: string; disbursed: string }>>();
  if (ids.length === 0) return byFund;
  const year = (id: string, y: number) => {
    const years = byFund.get(id) ?? new Map();
    byFund.set(id, years);
    const entry = years.get(y) ?? { contributions: '0', committed: '0', disbursed: '0' };
    years.set(y, entry);
    return entry;
  };
  const contributions = await db
    .select({ fundId: fundContributions.fundId, year: fundContributions.year, total: sql<string>`sum(${fundContributions.amountMinor})`, currency: fundContributions.amountCurrency })
    .from(fundContributions)
    .where(inArray(fundContributions.fundId, ids))
    .groupBy(fundContributions.fundId, fundContributions.year, fundContributions.amountCurrency);
  for (const c of contributions) year(c.fundId, c.year).contributions = c.total;
  const moved = await db
    .select({
      fundId: initiatives.fundId,
      year: sql<number>`extract(year from ${initiativeTransactions.date})::int`,
      type: initiativeTransactions.type,
      total: sql<string>`sum(${initiativeTransactions.valueMinor})`,
    })
    .from(initiativeTransactions)
    .innerJoin(initiatives, eq(initiatives.id, initiativeTransactions.initiativeId))
    .innerJoin(funds, eq(funds.id, initiatives.fundId))
    .where(
      and(
        inArray(initiatives.fundId, ids),
        visibleTo(ctx, initiatives),
        isNull(initiatives.archivedAt),
        inArray(initiativeTransactions.type, ['2', '3']),
        eq(initiativeTransactions.valueCurrency, funds.currency),
      ),
    )
    .groupBy(initiatives.fundId, sql`2`, initiativeTransactions.type);
  for (const m of moved) {
    const e = year(m.fundId as string, Number(m.year));
    if (m.type === '2') e.committed = m.total;
    else e.disbursed = m.total;
  }
  return byFund;
}

type ContributionRow = typeof fundContributions.$inferSelect;
function toFundDto(ctx: RequestContext, f: FundRow, years: Map<number, { contributions: string; committed: string; disbursed: string }> | undefined, rows: ContributionRow[]) {
  const byYear = [...(years?.entries() ?? [])]
    .sort(([a], [b]) => a - b)
    .map(([y, e]) => {
      const contributions = moneyFromSum(e.contributions, f.currency);
      const disbursed = moneyFromSum(e.disbursed, f.currency);
      return { year: y, contributions, committed: moneyFromSum(e.committed, f.currency), disbursed, balance: subtractMoney(contributions, disbursed) };
    });
  const total = (k: 'contributions' | 'committed' | 'disbursed'): Money => sumMoney(byYear.map((y) => y[k]), f.currency);
  const { nameEn: _n, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, ...rest } = f;
  const contributions = total('contributions');
  const disbursed = total('disbursed');
  return {
    ...rest,
    ...recordMeta(ctx, fundResource, f),
    contributions: byYear.length ? contributions : zeroMoney(f.currency),
    committed: total('committed'),
    disbursed,
    balance: subtractMoney(contributions, disbursed),
    byYear,
    contributionRows: rows.filter((c) => c.fundId === f.id).map((c) => ({ id: c.id, year: c.year, receivedOn: c.receivedOn, amount: moneyOf(c, 'amount') as Money })),
  };
}

export async function getFund(deps: Deps, ctx: RequestContext, id: string) {
  const f = await findFund(deps.db, ctx, id);
  if (!f) throw fundNotFound();
  const [figures, rows] = await Promise.all([fundFigures(deps.db, ctx, [f]), contributionRowsOf(deps.db, [id])]);
  return toFundDto(ctx, f, figures.get(id), rows);
}

export async function searchFunds(deps: Deps, ctx: RequestContext, q: z.output<typeof fundListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, funds, q, {
    where: [term ? sql`lower(${funds.nameEn}) like ${containsPattern(term)}` : undefined],
    sortKeys,
  });
  const ids = res.items.map((f) => f.id);
  const [figures, rows] = await Promise.all([fundFigures(deps.db, ctx, res.items), contributionRowsOf(deps.db, ids)]);
  return { ...res, items: res.items.map((f) => toFundDto(ctx, f, figures.get(f.id), rows)) };
}

export async function createFund(deps: Deps, ctx: RequestContext, input: z.output<typeof fundInputSchema>) {
  const access = accessForCreate(ctx, fundResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkCode(deps.db, CODELISTS.currency, input.currency, 'currency');
  const { classification, sharedWith, restrictedTo, ...fields } = input;
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(funds)
      .values({ ...fields, ...accessColumns(access), createdBy: ctx.viewer?.id ?? null, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, ctx, { action: 'fund.create', recordType: 'fund', recordId: row.id, changes: diff(null, row, FIELDS) });
    await indexFund(tx, row);
    return row.id;
  });
  return getFund(deps, ctx, id);
}

export const fundRecord: RecordWriteSpec<typeof funds> = { table: funds, resource: fundResource, notFound: fundNotFound, forbidden: fundWriteForbidden };

export async function updateFund(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof fundUpdateSchema>) {
  await withRecordForWrite(deps, ctx, fundRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, fundResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    if (input.currency && input.currency !== current.currency) {
      const [c] = await tx.select({ id: fundContributions.id }).from(fundContributions).where(eq(fundContributions.fundId, id)).limit(1);
      if (c) throw currencyFixed();
      await checkCode(tx, CODELISTS.currency, input.currency, 'currency');
    }
    const { classification, sharedWith, restrictedTo, ...fields } = input;
    const [after] = await tx
      .update(funds)
      .set({ ...definedOnly(fields), ...(access ? accessColumns(access) : {}), updatedAt: new Date() })
      .where(eq(funds.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'fund.update', recordType: 'fund', recordId: id, changes });
    await indexFund(tx, after);
  });
  return getFund(deps, ctx, id);
}

export async function setFundArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, fundRecord, id, archived, indexFund);
  return getFund(deps, ctx, id);
}

/** Records a contribution received for a year, in the fund's currency. */
export async function addContribution(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof contributionInputSchema>) {
  await withRecordForWrite(deps, ctx, fundRecord, id, 'update', async (tx, f) => {
    await checkMoney(tx, input.amount, 'amount');
    if (input.amount.currency !== f.currency) throw currencyMismatch('amount', f.currency);
    const [row] = await tx.insert(fundContributions).values({ fundId: id, year: input.year, receivedOn: input.receivedOn ?? null, ...moneyValues('amount', input.amount) }).returning();
    await recordAudit(tx, ctx, { action: 'fund.contribution_add', recordType: 'fund', recordId: id, changes: { contribution: { after: { year: row.year, amount: input.amount } } } });
  });
  return getFund(deps, ctx, id);
}
