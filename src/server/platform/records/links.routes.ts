// Routes of record links: list a record's linked records, add and remove a link.
import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';
import { linkInputSchema, linkListQuerySchema, linkListSchema, recordLinkViewSchema } from '../../../shared/links.ts';
import type { Api } from '../http/types.ts';
import { addLink, listLinks, removeLink } from './links.usecases.ts';

const tags = ['links'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const idParams = z.object({ id: z.uuid({ error: 'Not a link id' }) });

/** Links between records of any modules, filtered by the access policy on both ends. */
export async function linksRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/links', {
    // Anyone may ask; a link is listed only when the caller may see both of its ends.
    config: { policy: { access: 'public' } },
    schema: { tags, summary: 'Records linked to a record, both ways, that you may see; newest first', querystring: linkListQuerySchema, response: { 200: linkListSchema, ...errors } },
    handler: async (request) => listLinks(deps, request.ctx, request.query),
  });
  app.post('/api/links', {
    // Who may link is decided by the access policy: whoever may change the `from` record.
    config: { policy: { access: 'signedIn' } },
    schema: { tags, summary: 'Link a record you may change to a record you may see (kind `related`)', body: linkInputSchema, response: { 201: recordLinkViewSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addLink(deps, request.ctx, request.body)),
  });
  app.delete('/api/links/:id', {
    config: { policy: { access: 'signedIn' } },
    schema: { tags, summary: 'Remove a `related` link from a record you may change', params: idParams, response: { 204: z.null().describe('Done'), ...errors } },
    handler: async (request, reply) => {
      await removeLink(deps, request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  });
}
