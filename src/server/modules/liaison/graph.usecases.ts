// The relationship graph: organisations as nodes, agreements and liaison requests as edges, drawn only from what the reader may see.
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { graphQuerySchema, RelationshipGraph } from '../../../shared/liaison.ts';
import { agreements, focalPoints, liaisonRequests } from '../../db/schema/liaison.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { organizationRefs } from '../directory/directory.api.ts';

/**
 * The network the reader may see. Agreements are one edge per pair of parties;
 * liaison requests are summed per pair of organisations and status (so the
 * graph of twenty thousand requests is a few hundred edges); focal points
 * count towards their organisation's activity. An organisation the reader may
 * not see is not drawn, nor are its edges.
 */
export async function relationshipGraph(deps: Deps, ctx: RequestContext, q: z.output<typeof graphQuerySchema>): Promise<RelationshipGraph> {
  const { db } = deps;
  const area = q.area?.trim().toLowerCase();
  const [agreementRows, requestRows, focalRows] = await Promise.all([
    db
      .select({ id: agreements.id, names: agreements.names, parties: agreements.partyOrganizationIds, status: agreements.status, areas: agreements.areas, signedOn: agreements.signedOn })
      .from(agreements)
      .where(
        and(
          visibleTo(ctx, agreements),
          isNull(agreements.archivedAt),
          area ? sql`exists (select 1 from unnest(${agreements.areas}) a where lower(a) like ${`%${area}%`})` : undefined,
          q.status ? eq(agreements.status, q.status as never) : undefined,
          q.year ? sql`extract(year from ${agreements.signedOn}) = ${q.year}` : undefined,
        ),
      )
      .limit(10_000),
    db
      .select({
        from: liaisonRequests.requestingOrganizationId,
        to: liaisonRequests.targetOrganizationId,
        status: liaisonRequests.status,
        n: count(),
        areas: sql<string[]>`array_remove(array_agg(distinct ${liaisonRequests.area}), null)`,
      })
      .from(liaisonRequests)
      .where(
        and(
          visibleTo(ctx, liaisonRequests),
          isNull(liaisonRequests.archivedAt),
          area ? sql`lower(${liaisonRequests.area}) like ${`%${area}%`}` : undefined,
          q.status ? eq(liaisonRequests.status, q.status as never) : undefined,
          q.year ? sql`extract(year from coalesce(${liaisonRequests.targetDate}, ${liaisonRequests.createdAt}::date)) = ${q.year}` : undefined,
        ),
      )
      .groupBy(liaisonRequests.requestingOrganizationId, liaisonRequests.targetOrganizationId, liaisonRequests.status),
    db
      .select({ org: focalPoints.organizationId, n: count() })
      .from(focalPoints)
      .where(and(visibleTo(ctx, focalPoints), isNull(focalPoints.archivedAt), area ? sql`lower(${focalPoints.area}) like ${`%${area}%`}` : undefined))
      .groupBy(focalPoints.organizationId),
  ]);
  const orgIds = new Set<string>();
  for (const a of agreementRows) for (const p of a.parties) orgIds.add(p);
  for (const r of requestRows) orgIds.add(r.from).add(r.to);
  for (const f of focalRows) orgIds.add(f.org);
  const orgs = await organizationRefs(db, ctx, [...orgIds]);
  const activity = new Map<string, number>();
  const bump = (id: string, n: number) => activity.set(id, (activity.get(id) ?? 0) + n);
  const edges: RelationshipGraph['edges'] = [];
  for (const a of agreementRows) {
    const parties = a.parties.filter((p) => orgs.has(p));
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        edges.push({
          id: `agreement:${a.id}:${i}:${j}`,
          kind: 'agreement',
          source: parties[i],
          target: parties[j],
          label: a.names.en,
          status: a.status,
          areas: a.areas,
          year: a.signedOn ? Number(a.signedOn.slice(0, 4)) : null,
          path: `/liaison/agreements/${a.id}`,
        });
        bump(parties[i], 1);
        bump(parties[j], 1);
      }
  }
  for (const r of requestRows) {
    if (!orgs.has(r.from) || !orgs.has(r.to)) continue;
    const n = Number(r.n);
    edges.push({
      id: `requests:${r.from}:${r.to}:${r.status}`,
      kind: 'liaison_request',
      source: r.from,
      target: r.to,
      label: String(n),
      status: r.status,
      areas: r.areas ?? [],
      year: null,
      path: `/liaison/requests?organizationId=${r.to}&status=${r.status}`,
    });
    bump(r.from, n);
    bump(r.to, n);
  }
  for (const f of focalRows) if (orgs.has(f.org)) bump(f.org, Number(f.n));
  const nodes = [...orgs.values()]
    .filter((o) => activity.has(o.id))
    .map((o) => ({ id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null, activity: activity.get(o.id) ?? 0 }));
  return { nodes, edges };
}

