// Templates of notes verbales and letters as versioned data: reading the current versions, adding a version (the head or an administrator), filling one for an item.
import { and, desc, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { templateInputSchema } from '../../../shared/correspondence.ts';
import type { Executor } from '../../db/client.ts';
import { correspondenceTemplates } from '../../db/schema/correspondence.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { forbidden } from '../../platform/errors.ts';
import { templateNotFound, templatesForbidden } from './correspondence.errors.ts';
import { mayEditTemplates, mayReadTemplates } from './correspondence.policy.ts';

type TemplateRow = typeof correspondenceTemplates.$inferSelect;

const toDto = (r: TemplateRow, current: boolean) => ({ ...r, createdBy: undefined, createdAt: r.createdAt.toISOString(), current });

const assertReader = (ctx: RequestContext) => {
  if (!mayReadTemplates(ctx)) throw forbidden();
};

/** The current version of each template (every version with `all`), by key and language. */
export async function listTemplates(deps: Deps, ctx: RequestContext, all = false) {
  assertReader(ctx);
  const rows = await deps.db.select().from(correspondenceTemplates).orderBy(correspondenceTemplates.key, correspondenceTemplates.language, desc(correspondenceTemplates.version));
  const latest = new Map<string, number>();
  for (const r of rows) if (!latest.has(`${r.key}:${r.language}`)) latest.set(`${r.key}:${r.language}`, r.version);
  const isCurrent = (r: TemplateRow) => latest.get(`${r.key}:${r.language}`) === r.version;
  return { items: rows.filter((r) => all || isCurrent(r)).map((r) => toDto(r, isCurrent(r))) };
}

export async function findTemplate(db: Executor, id: string) {
  const [row] = await db.select().from(correspondenceTemplates).where(eq(correspondenceTemplates.id, id));
  return row ?? null;
}

/** The current version of the template `key` in `language` (how an item's template is read in another language). */
export async function currentTemplate(db: Executor, key: string, language: string) {
  const [row] = await db
    .select()
    .from(correspondenceTemplates)
    .where(and(eq(correspondenceTemplates.key, key), eq(correspondenceTemplates.language, language as TemplateRow['language'])))
    .orderBy(desc(correspondenceTemplates.version))
    .limit(1);
  return row ?? null;
}

export async function getTemplate(deps: Deps, ctx: RequestContext, id: string) {
  assertReader(ctx);
  const row = await findTemplate(deps.db, id);
  if (!row) throw templateNotFound();
  const current = await currentTemplate(deps.db, row.key, row.language);
  return toDto(row, current?.id === row.id);
}

/** Saves a template as its next version; earlier versions stay, and items drafted from them keep pointing at them. */
export async function saveTemplateVersion(deps: Deps, ctx: RequestContext, input: z.output<typeof templateInputSchema>) {
  if (!mayEditTemplates(ctx)) throw templatesForbidden();
  const id = await deps.db.transaction(async (tx) => {
    // Two saves at once: the unique (key, language, version) index refuses the second, which answers 409 through the constraint errors.
    const [{ last }] = await tx
      .select({ last: max(correspondenceTemplates.version) })
      .from(correspondenceTemplates)
      .where(and(eq(correspondenceTemplates.key, input.key), eq(correspondenceTemplates.language, input.language)));
    const [row] = await tx
      .insert(correspondenceTemplates)
      .values({ ...input, version: (last ?? 0) + 1, createdBy: ctx.viewer?.id ?? null })
      .returning();
    await recordAudit(tx, ctx, { action: 'correspondence_template.version', recordType: 'correspondence_template', recordId: row.id, changes: diff(null, row, ['key', 'kind', 'language', 'version', 'title', 'opening', 'closing']) });
    return row.id;
  });
  return getTemplate(deps, ctx, id);
}
