// What the platform borrows from modules without importing them: set by the manifests at start.
import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../context.ts';

/**
 * The directory's answers the platform needs for the access model itself:
 * the parties and organisations that records are shared with and accounts
 * belong to. The directory module provides them in its manifest.
 */
export type DirectoryLookups = {
  /** The codes among `codes` that name a party. */
  existingPartyCodes(db: Executor, codes: string[]): Promise<Set<string>>;
  /** The ids among `ids` of organisations `ctx` may see. */
  visibleOrganizationIds(db: Executor, ctx: RequestContext, ids: string[]): Promise<Set<string>>;
  /** An organisation's English name, for the account's own header. */
  organizationName(db: Executor, id: string): Promise<string | null>;
};

export type Providers = { directory: DirectoryLookups };

const provided: Partial<Providers> = {};

/** Sets what a manifest provides; called by `installModules`. */
export function provide(p: Partial<Providers>) {
  Object.assign(provided, p);
}

/** What a module provides; an error names the manifest that should provide it. */
export function provider<K extends keyof Providers>(key: K): Providers[K] {
  const p = provided[key];
  if (!p) throw new Error(`No module provides "${key}": is its manifest listed in src/server/modules/index.ts?`);
  return p;
}
