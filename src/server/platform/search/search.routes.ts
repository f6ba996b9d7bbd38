// The cross-module search route and the list of searchable types.
import { problemSchema } from '../../../shared/common.ts';
import { searchQuerySchema, searchResultSchema, searchTypesSchema } from '../../../shared/search.ts';
import type { Api } from '../http/types.ts';
import { allSearchTypes } from './search-index.ts';
import { search } from './search.usecases.ts';

export async function searchRoutes(app: Api) {
  app.get('/api/search', {
    // Anyone may search; the access policy inside the query decides what they find.
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['search'],
      summary: 'Search every module: ranked, typed hits with a highlighted snippet',
      querystring: searchQuerySchema,
      response: { 200: searchResultSchema, 400: problemSchema },
    },
    handler: async (request) => {
      const { q, types, limit, cursor } = request.query;
      return search(app.deps, request.ctx, { q, types: types?.split(',').filter(Boolean), limit, cursor });
    },
  });
  app.get('/api/search/types', {
    config: { policy: { access: 'public' } },
    schema: { tags: ['search'], summary: 'Record types that can be searched', response: { 200: searchTypesSchema } },
    handler: async (request) => {
      const lang = request.ctx.viewer?.language ?? 'en';
      return { items: allSearchTypes().map((t) => ({ type: t.type, label: t.label[lang] })) };
    },
  });
}
