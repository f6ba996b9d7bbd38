// What a module declares about itself, once: routes, jobs and their schedules, notification kinds, search, calendar, record types, demo seed.
import type { AuditedPart } from '../audit/audit-scope.ts';
import type { CalendarSource } from '../calendar/sources.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import type { ConstraintError } from '../http/constraint-errors.ts';
import type { Api } from '../http/types.ts';
import type { JobDefinition } from '../jobs/registry.ts';
import type { NotificationKind } from '../notifications/catalog.ts';
import type { SearchType } from '../search/search-index.ts';
import type { DemoKeys } from './demo-keys.ts';
import type { RecordType } from '../records/record-types.ts';
import type { Providers } from './providers.ts';

/**
 * A recurring job: it queues its own next run; `serve` makes sure one is
 * queued at start (several processes starting at once queue one).
 */
export type Schedule = {
  kind: string;
  firstRun: (deps: Deps, now: Date) => Date;
  /** Whether the configuration asks for it at all (default yes). */
  enabled?: (deps: Deps) => boolean;
};

export type ModuleManifest = {
  /** The module's name, as its folder (`meetings`). */
  name: string;
  /** Registers the module's routes in the policed API scope; every route declares its policy. */
  routes?: (api: Api) => Promise<void>;
  jobs?: JobDefinition[];
  schedules?: Schedule[];
  notificationKinds?: NotificationKind[];
  searchTypes?: SearchType[];
  calendarSources?: CalendarSource[];
  /** Record types platform services (links, attachments) may refer to. */
  recordTypes?: RecordType[];
  /**
   * Audited parts of its records that are not record types (a delegation's
   * position, a silence procedure), with the rule that hides their audit
   * entries: their whole's visibility.
   */
  auditedParts?: AuditedPart[];
  /** The errors it answers when the database refuses a write with one of its constraints. */
  constraintErrors?: ConstraintError[];
  /** What the module lends the platform (e.g. the directory's party and organisation lookups). */
  provides?: Partial<Providers>;
  /**
   * Loads the module's part of the demo dataset, through its use cases, in
   * the order of the manifest list; `keys` carries the ids earlier modules made.
   */
  seedDemo?: (deps: Deps, ctx: RequestContext, keys: DemoKeys) => Promise<void>;
};

export const defineModule = (m: ModuleManifest) => m;
