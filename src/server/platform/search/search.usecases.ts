// Searching the index across modules, filtered by the access policy, with highlighted snippets.
import { type SQL, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import { searchIndex } from '../../db/schema/search.table.ts';
import { visibleTo } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { containsPattern, normaliseForSearch } from '../text.ts';
import { searchType } from './search-index.ts';

/** Snippet highlight markers: control characters that cannot occur in stored text; the web app turns them into <mark>. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type SearchQuery = { q: string; types?: string[]; limit: number; cursor?: string; includeArchived?: boolean };

/**
 * Search across every module. The access policy filters inside the SQL, so a
 * hidden record never appears, not even in a count or a snippet.
 * Matches: full-text words (simple configuration, accents folded), trigram
 * word similarity on names (typos), and substrings (scripts without spaces, e.g. Thai).
 */
export async function search(deps: Deps, ctx: RequestContext, query: SearchQuery) {
  const term = normaliseForSearch(query.q);
  const lang: Language = (ctx.viewer?.language as Language) ?? 'en';
  if (!term) return { items: [], nextCursor: null, total: 0, byType: {} as Record<string, number> };
  const offset = query.cursor ? Number(decodeCursor(query.cursor)[0]) || 0 : 0;
  const tsq = sql`plainto_tsquery('simple', ${term})`;
  const conds: SQL[] = [visibleTo(ctx, searchIndex)];
  if (!query.includeArchived) conds.push(sql`${searchIndex.archivedAt} is null`);
  const match = sql`(${searchIndex.tsv} @@ ${tsq} or ${term} <% ${searchIndex.names} or ${searchIndex.searchText} like ${containsPattern(term)})`;
  conds.push(match);
  const base = sql.join(conds, sql` and `);
  const typeFilter = query.types?.length ? sql` and ${searchIndex.recordType} in (${sql.join(query.types.map((t) => sql`${t}`), sql`, `)})` : sql``;
  const rank = sql`(ts_rank(${searchIndex.tsv}, ${tsq}) + word_similarity(${term}, ${searchIndex.names}) * 2
      + case when ${searchIndex.names} like ${`${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} then 1 else 0 end)`;
  return deps.db.transaction(async (tx) => {
    // Looser than the default 0.6, so one or two wrong letters in a name still match.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`);
    const rows = (await tx.execute(sql`
      select ${searchIndex.recordType} as "recordType", ${searchIndex.recordId} as "recordId", ${searchIndex.title} as title,
        ${searchIndex.subtitle} as subtitle, ${searchIndex.classification} as classification,
        ts_headline('simple', case when ${searchIndex.body} = '' then coalesce(${searchIndex.subtitle}, '') else ${searchIndex.body} end, ${tsq},
          ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter= … `}) as snippet,
        ${rank} as rank
      from ${searchIndex}
      where ${base}${typeFilter}
      order by rank desc, ${searchIndex.updatedAt} desc, ${searchIndex.id}
      limit ${query.limit + 1} offset ${offset}`)) as unknown as {
      rows: { recordType: string; recordId: string; title: string; subtitle: string | null; classification: string; snippet: string; rank: number }[];
    };
    const counts = (await tx.execute(sql`
      select ${searchIndex.recordType} as "recordType", count(*)::int as n from ${searchIndex} where ${base} group by 1`)) as unknown as {
      rows: { recordType: string; n: number }[];
    };
    const byType = Object.fromEntries(counts.rows.map((r) => [r.recordType, Number(r.n)]));
    const total = query.types?.length ? query.types.reduce((s, t) => s + (byType[t] ?? 0), 0) : Object.values(byType).reduce((s, n) => s + n, 0);
    const items = rows.rows.slice(0, query.limit).map((r) => {
      const t = searchType(r.recordType);
      return {
        recordType: r.recordType,
        recordId: r.recordId,
        typeLabel: t?.label[lang] ?? r.recordType,
        path: t?.path(r.recordId) ?? '/',
        title: r.title,
        subtitle: r.subtitle,
        classification: r.classification,
        snippet: r.snippet?.includes(MARK_START) ? r.snippet : null,
        rank: Number(r.rank),
      };
    });
    return {
      items,
      nextCursor: rows.rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
      total,
      byType,
    };
  });
}
