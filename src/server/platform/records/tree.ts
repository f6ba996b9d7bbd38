// Parent links within one table (organisations, bodies): refusing cycles.
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';

/**
 * Would making `parentId` the parent of `id` create a cycle in `table`
 * (whose rows point up through `parent_id`)? Walks up from `parentId`.
 */
export async function wouldCycle(db: Executor, table: PgTable, id: string, parentId: string): Promise<boolean> {
  const res = (await db.execute(sql`
    with recursive chain(id, depth) as (
      select ${parentId}::uuid, 0
      union all
      select t.parent_id, c.depth + 1 from ${table} t join chain c on t.id = c.id
      where t.parent_id is not null and c.depth < 100
    )
    select exists(select 1 from chain where id = ${id}::uuid) as found`)) as unknown as { rows: { found: boolean }[] };
  return Boolean(res.rows[0]?.found);
}
