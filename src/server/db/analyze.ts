// Refreshes the embedded database's planner statistics after bulk loads (PGlite runs no autovacuum).
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';

/**
 * Refreshes the planner's statistics on the embedded database. PGlite runs a
 * single backend with no autovacuum, so without this the planner never learns
 * table sizes and falls back to sequential scans (search, name lists).
 * PostgreSQL servers do this themselves.
 */
export async function analyzeIfEmbedded(database: Database) {
  if (database.kind !== 'pglite') return;
  await database.db.execute(sql`analyze`);
}
