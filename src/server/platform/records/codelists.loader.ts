// Loads the codelist data files into the database; idempotent, run by migrateDatabase right after the SQL migrations.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { codelistItems, codelists } from '../../db/schema/codelists.table.ts';
import { type CodelistFile, codelistFileSchema } from './codelist-file.ts';

export const codelistDataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'codelist-data');

/** Arbitrary constant: one process at a time compares and loads the lists. */
const CODELIST_LOCK = 7_215_003;
/** Part of every digest: raise it when the loader itself changes what it writes, so every list is loaded again. */
const LOADER_VERSION = '1';
const CHUNK = 200;

type DataFile = { name: string; data: CodelistFile; digest: string };

/** Reads and checks every data file; a broken file stops the start with its name and the reason. */
export function readCodelistFiles(dir = codelistDataDir): DataFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const files = names.map((name) => {
    const raw = fs.readFileSync(path.join(dir, name), 'utf8');
    const parsed = codelistFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`Codelist data file ${name} is not valid:\n${z.prettifyError(parsed.error)}`);
    return { name, data: parsed.data, digest: createHash('sha256').update(`${LOADER_VERSION}\n${raw}`).digest('hex') };
  });
  const lists = files.map((f) => f.data.list);
  const twice = lists.find((l, i) => lists.indexOf(l) !== i);
  if (twice) throw new Error(`Two codelist data files define the list ${twice}.`);
  return files;
}

/**
 * Brings the codelist tables in line with the data files. A list whose file is
 * unchanged (same digest) is skipped, so a start normally costs one query.
 * Codes are inserted or updated; a code no longer in its file is marked
 * withdrawn, never deleted, so records that used it keep their reference.
 */
export async function loadCodelists(db: Db, dir = codelistDataDir): Promise<{ loaded: string[]; unchanged: string[] }> {
  const files = readCodelistFiles(dir);
  const known = new Map((await db.select({ list: codelists.list, digest: codelists.digest }).from(codelists)).map((r) => [r.list, r.digest]));
  if (files.every((f) => known.get(f.data.list) === f.digest)) return { loaded: [], unchanged: files.map((f) => f.data.list) };

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CODELIST_LOCK})`);
    // Another process may have loaded them while this one waited for the lock.
    const current = new Map((await tx.select({ list: codelists.list, digest: codelists.digest }).from(codelists)).map((r) => [r.list, r.digest]));
    const loaded: string[] = [];
    const unchanged: string[] = [];
    for (const { data, digest } of files) {
      if (current.get(data.list) === digest) {
        unchanged.push(data.list);
        continue;
      }
      const list = { names: data.names, source: data.source, sourceUrl: data.sourceUrl ?? null, licence: data.licence ?? null, version: data.version ?? null, digest, loadedAt: new Date() };
      await tx
        .insert(codelists)
        .values({ list: data.list, ...list })
        .onConflictDoUpdate({ target: codelists.list, set: list });
      const rows = data.items.map((item, position) => ({
        list: data.list,
        code: item.code,
        labels: item.labels,
        descriptions: item.descriptions ?? {},
        position,
        validFrom: item.validFrom ?? null,
        validTo: item.validTo ?? null,
        withdrawn: item.withdrawn ?? false,
        attributes: item.attributes ?? {},
      }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx
          .insert(codelistItems)
          .values(rows.slice(i, i + CHUNK))
          .onConflictDoUpdate({
            target: [codelistItems.list, codelistItems.code],
            set: {
              labels: sql`excluded.labels`,
              descriptions: sql`excluded.descriptions`,
              position: sql`excluded.position`,
              validFrom: sql`excluded.valid_from`,
              validTo: sql`excluded.valid_to`,
              withdrawn: sql`excluded.withdrawn`,
              attributes: sql`excluded.attributes`,
            },
          });
      }
      await tx
        .update(codelistItems)
        .set({ withdrawn: true })
        .where(
          and(
            eq(codelistItems.list, data.list),
            notInArray(
              codelistItems.code,
              rows.map((r) => r.code),
            ),
          ),
        );
      loaded.push(data.list);
    }
    return { loaded, unchanged };
  });
}
