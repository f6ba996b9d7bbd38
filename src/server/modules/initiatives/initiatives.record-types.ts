// The initiatives module's record types, for links and attachments (platform/records/record-types.ts).
import { nameInSql } from '../../db/columns.ts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { actionLines, funds, initiatives, plans } from '../../db/schema/initiatives.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { accessColumns, accessOf, classifiedRecordType, defineRecordType } from '../../platform/records/record-types.ts';
import { fundResource, initiativeResource, planResource } from './initiatives.policy.ts';

/** Documents (a concept note, a completion report) attach to initiatives; only the mission attaches and links them. */
const initiativeType = classifiedRecordType({
  type: 'initiative',
  table: initiatives,
  title: initiatives.titleEn,
  titleRu: initiatives.titleRu,
  path: (id) => `/initiatives/${id}`,
  policy: initiativeResource,
  attachable: true,
});
const fundType = classifiedRecordType({ type: 'fund', table: funds, title: funds.nameEn, titleRu: nameInSql(funds.names, 'ru'), path: (id) => `/funds/${id}`, policy: fundResource, attachable: true });
const planType = classifiedRecordType({ type: 'plan', table: plans, title: plans.titleEn, titleRu: plans.titleRu, path: (id) => `/plans/${id}`, policy: planResource, attachable: true });

/** An action line is part of its plan: visible and writable as the plan is. */
const actionLineType = defineRecordType({
  type: 'action_line',
  policy: planResource,
  // Its audit entries are hidden from whoever may not see its plan.
  hiddenFrom: (ctx, id) =>
    sql`exists (select 1 from ${actionLines} join ${plans} on ${plans.id} = ${actionLines.planId} where ${actionLines.id} = ${id} and not (${visibleTo(ctx, plans)}))`,
  async load(db, ctx, ids) {
    const rows = await db
      .select({ id: actionLines.id, code: actionLines.code, title: actionLines.title, planId: actionLines.planId, ...accessColumns(plans) })
      .from(actionLines)
      .innerJoin(plans, and(eq(plans.id, actionLines.planId), visibleTo(ctx, plans)))
      .where(inArray(actionLines.id, ids));
    return rows.map((r) => ({ id: r.id, title: `${r.code} ${r.title}`, titleRu: null, path: `/plans/${r.planId}`, access: accessOf(r) }));
  },
});

/** The initiatives module's record types, for its manifest. */
export const initiativesRecordTypes = [initiativeType, fundType, planType, actionLineType];
