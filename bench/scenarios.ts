// The registry of benchmark scenarios: each module's generator and endpoints, checked against the module list.
/**
 * The registry of benchmark scenarios. Each module contributes a `BenchModule`:
 * optionally a generator that adds its records to the dataset, and the
 * endpoints to load. `npm run bench` runs every registered scenario on every
 * database; add a module by writing `bench/<module>.scenarios.ts` and listing
 * it in `benchModules` below.
 */
import type { Db } from '../src/server/db/client.ts';
import type { RequestContext } from '../src/server/platform/context.ts';
import type { Deps } from '../src/server/platform/deps.ts';
import { installAllModules, MODULES } from '../src/server/modules/index.ts';
import { directoryBench } from './directory.scenarios.ts';
import { type BenchAccount, type DirectoryDataset, type GenerateOptions, generateDirectory } from './generate.ts';
import { platformBench } from './platform.scenarios.ts';

/** The generated directory plus whatever each module's generator returned, by module name. */
export type BenchDataset = DirectoryDataset & { modules: Record<string, unknown> };

export type BenchRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path and query string, e.g. `/api/organizations?kind=agency`. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
};

export type Scenario = {
  /** `<resource>.<action>[.<variant>]`, unique across modules. */
  name: string;
  module: string;
  /** One line for the report. */
  description: string;
  /** Which benchmark account sends the requests (`anonymous`: no session cookie). */
  as: 'staff' | 'delegate' | 'anonymous';
  /**
   * The family it belongs to; the report checks the targets of lists and
   * details. A `baseline` does no work of its own: it measures what every
   * request pays (HTTP, hooks, the session lookup).
   */
  kind: 'list' | 'search' | 'detail' | 'create' | 'update' | 'baseline';
  /** The `i`-th request of a run (`i` counts across all connections, so ids can rotate). */
  request: (ds: BenchDataset, i: number) => BenchRequest;
  /**
   * The same work without HTTP: the use-case call the route handler makes for
   * request `i`, with the same parsed input. Its time is the floor the endpoint
   * is compared with.
   */
  direct: (deps: Deps, ctx: RequestContext, ds: BenchDataset, i: number) => Promise<unknown>;
  /** Changes data: runs after every read scenario of the same database. */
  writes?: boolean;
};

export type BenchModule = {
  name: string;
  /** Adds the module's records to a database that already holds the directory; the result lands in `dataset.modules[name]`. */
  generate?: (db: Db, dataset: BenchDataset, opts: GenerateOptions) => Promise<unknown>;
  scenarios: Scenario[];
};

export const benchModules: BenchModule[] = [platformBench, directoryBench];

// The bench calls use cases directly too: the manifests must be installed, and each bench module names a real one.
installAllModules();
for (const b of benchModules) {
  if (!MODULES.some((m) => m.name === b.name)) throw new Error(`bench module "${b.name}" has no manifest in src/server/modules/index.ts`);
}

/** The cookie and request context a scenario runs with. */
export function callerOf(ds: BenchDataset, as: Scenario['as']): Pick<BenchAccount, 'cookie' | 'ctx'> {
  if (as === 'anonymous') return { cookie: '', ctx: { viewer: null, requestId: 'bench', ip: '127.0.0.1' } };
  return ds.accounts[as];
}

export function allScenarios(filter?: string): Scenario[] {
  const all = benchModules.flatMap((m) => m.scenarios);
  const names = new Set(all.map((s) => s.name));
  if (names.size !== all.length) throw new Error('Two benchmark scenarios share a name; names must be unique.');
  const wanted = filter ? filter.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const picked = wanted.length ? all.filter((s) => wanted.some((w) => s.name === w || s.name.startsWith(`${w}.`) || s.module === w)) : all;
  // Writes last, so reads see the dataset as generated.
  return [...picked.filter((s) => !s.writes), ...picked.filter((s) => s.writes)];
}

/** The directory, then each module's records. */
export async function generateDataset(db: Db, opts: GenerateOptions): Promise<BenchDataset> {
  const dataset: BenchDataset = { ...(await generateDirectory(db, opts)), modules: {} };
  for (const m of benchModules) {
    if (m.generate) dataset.modules[m.name] = await m.generate(db, dataset, opts);
  }
  return dataset;
}
