// The positions matrix: the open consultations of a view against the parties, as far as the viewer may see positions.
import { and, desc, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PositionKind, matrixQuerySchema } from '../../../shared/consultations.ts';
import { consultations } from '../../db/schema/consultations.table.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { partyRefs } from '../directory/directory.api.ts';
import { closingInstant, consultationFilters } from './consultations.list.ts';
import { partyParts } from './consultations.policy.ts';
import { currentPositions, latestProcedures } from './consultations.repository.ts';
import { closesAt } from './consultations.rules.ts';

/**
 * The positions matrix: the consultations of a view (those closing first at
 * the top) against the parties on their lists. A cell is the party's current
 * position, `none` when it has not answered, `hidden` when the viewer may not
 * see that party's positions; a party not on a row's list has no cell.
 * Parties are in protocol order (alphabetical by English name).
 * Drafts have not been circulated, so nobody has been asked yet: they are left out.
 */
export async function positionsMatrix(deps: Deps, ctx: RequestContext, q: z.output<typeof matrixQuerySchema>) {
  const now = new Date();
  const rows = await deps.db
    .select()
    .from(consultations)
    .where(and(visibleTo(ctx, consultations), isNull(consultations.archivedAt), ...consultationFilters(ctx, { view: q.view, bodyId: q.bodyId }, now), ne(consultations.status, 'draft')))
    .orderBy(sql`${closingInstant} asc nulls last`, desc(consultations.updatedAt), desc(consultations.id))
    .limit(q.limit);
  const ids = rows.map((r) => r.id);
  const positions = await currentPositions(deps.db, ctx, ids);
  const procedures = await latestProcedures(deps.db, ids);
  // In the order of the organisation's protocol: alphabetical by the parties' English names.
  const codes = [...new Set(rows.flatMap((r) => r.sharedParties))];
  const refs = await partyRefs(deps.db, ctx, codes);
  const englishName = (code: string) => refs.get(code)?.names.en ?? code;
  const parties = codes.sort((a, b) => englishName(a).localeCompare(englishName(b), 'en'));
  return {
    parties,
    rows: rows.map((r) => {
      const cells: Record<string, PositionKind | 'none' | 'hidden'> = {};
      for (const party of r.sharedParties) {
        cells[party] = partyParts.may(ctx, r.positionsVisibility, party) ? (positions.find((p) => p.consultationId === r.id && p.partyCode === party)?.kind ?? 'none') : 'hidden';
      }
      const running = procedures.get(r.id);
      const closing = closesAt(r, running?.status === 'running' ? running : null);
      return { id: r.id, title: r.title, reference: r.reference, method: r.method, status: r.status, closesAt: closing?.toISOString() ?? null, cells };
    }),
  };
}
