// Messages between the benchmark runner and the server process.
import type { Stats } from './stats.ts';
import type { TimingOptions } from './direct.ts';
import type { BenchDataset } from './scenarios.ts';

export type ToServer =
  | { type: 'dataset'; dataset: BenchDataset }
  | { type: 'session'; cookie: string; timing: TimingOptions }
  | { type: 'direct'; scenario: string; timing: TimingOptions; explain: boolean };

export type Statement = { sql: string; params: unknown[]; plan: string | null };
export type DirectResult = { stats: Stats; statements: Statement[] };
export type SessionResult = { stats: Stats };
