// Registers every manifest's jobs, notification kinds, search types, calendar sources, record types and providers, once.
import { registerAuditedPart } from '../audit/audit-scope.ts';
import { registerCalendarSource } from '../calendar/sources.ts';
import { registerConstraintError } from '../http/constraint-errors.ts';
import { registerJob } from '../jobs/registry.ts';
import { registerRecordType } from '../records/record-types.ts';
import { registerNotificationKind } from '../notifications/catalog.ts';
import { registerSearchType } from '../search/search-index.ts';
import type { ModuleManifest } from './manifest.ts';
import { provide } from './providers.ts';

const installed = new Set<ModuleManifest>();

/**
 * Registers what the manifests declare. Every entry point calls it with the
 * one list (`src/server/modules/index.ts`) before doing any work: the server,
 * the command line, the seed and the bench. Calling it again is harmless.
 */
export function installModules(manifests: readonly ModuleManifest[]) {
  const names = new Set<string>();
  for (const m of manifests) {
    if (names.has(m.name)) throw new Error(`Two manifests are named "${m.name}"`);
    names.add(m.name);
    if (installed.has(m)) continue;
    for (const j of m.jobs ?? []) registerJob(j);
    for (const k of m.notificationKinds ?? []) registerNotificationKind(k);
    for (const t of m.searchTypes ?? []) registerSearchType(t);
    for (const c of m.calendarSources ?? []) registerCalendarSource(c);
    for (const r of m.recordTypes ?? []) registerRecordType(r);
    for (const e of m.constraintErrors ?? []) registerConstraintError(e);
    for (const a of m.auditedParts ?? []) registerAuditedPart(a);
    if (m.provides) provide(m.provides);
    installed.add(m);
  }
}
