// GET /api/codelists and /api/codelists/:list: the reference lists, open to anyone (they hold no classified data).
import { problemSchema } from '../../../shared/common.ts';
import { codelistIndexSchema, codelistParamsSchema, codelistQuerySchema, codelistSchema } from '../../../shared/codelists.ts';
import type { Api } from '../http/types.ts';
import { getCodelist, listCodelists } from './codelists.ts';

const tags = ['codelists'];
// Codelists are public reference data (sectors, DAC codes, currencies), not records: no access predicate applies.
const publicPolicy = { policy: { access: 'public' } } as const;

export async function codelistsRoutes(app: Api) {
  const { db } = app.deps;
  app.get('/api/codelists', {
    config: publicPolicy,
    schema: { tags, summary: 'The codelists, each with its source, licence and number of codes', response: { 200: codelistIndexSchema } },
    handler: async () => listCodelists(db),
  });
  app.get('/api/codelists/:list', {
    config: publicPolicy,
    schema: {
      tags,
      summary: 'One codelist in its source order, labels per language; `active=true` keeps only the codes usable today',
      params: codelistParamsSchema,
      querystring: codelistQuerySchema,
      response: { 200: codelistSchema, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) => {
      const { digest: _digest, ...list } = await getCodelist(db, request.params.list, request.query);
      // They change only when a new release loads new data files.
      reply.header('cache-control', 'public, max-age=300');
      return list;
    },
  });
}
