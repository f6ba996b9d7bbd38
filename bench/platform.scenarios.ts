// Baseline benchmark scenarios: the liveness probe anonymously and with a session, what every request pays.
/**
 * Baselines: what every request pays before any module does its work. The
 * liveness probe answers without touching the database, so anonymously it
 * measures HTTP and the framework's hooks; with a session cookie it adds the
 * session lookup every signed-in request makes.
 */
import { search } from '../src/server/platform/search/search.usecases.ts';
import { searchQuerySchema } from '../src/shared/search.ts';
import type { BenchModule, Scenario } from './scenarios.ts';

/** Cross-module search for a common name typed without accents: people and organisations, ranked, with snippets. */
const SEARCH = { q: 'nguyen' };

const healthz = (name: string, as: Scenario['as'], description: string): Scenario => ({
  name,
  module: 'platform',
  description,
  as,
  kind: 'baseline',
  request: () => ({ method: 'GET', path: '/healthz' }),
  direct: async () => ({ status: 'ok' }),
});

export const platformBench: BenchModule = {
  name: 'platform',
  scenarios: [
    healthz('platform.healthz', 'anonymous', 'liveness probe without a session: HTTP and hooks only'),
    healthz('platform.healthz.session', 'staff', 'liveness probe with a session cookie: adds the session lookup'),
    {
      name: 'search.all',
      module: 'platform',
      description: `search across modules for "${SEARCH.q}" (full text, trigram similarity, substrings; counts by type)`,
      as: 'staff',
      kind: 'search',
      request: () => ({ method: 'GET', path: `/api/search?${new URLSearchParams(SEARCH)}` }),
      direct: (deps, ctx) => {
        const { q, types, limit, cursor } = searchQuerySchema.parse(SEARCH);
        return search(deps, ctx, { q, types: types?.split(',').filter(Boolean), limit, cursor });
      },
    },
  ],
};
