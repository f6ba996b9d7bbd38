// Route building blocks every module uses, and the standard routes of a classified collection.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import type { Api } from '../http/types.ts';

/** The problem answers a record route may give. */
export const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
export const idParams = z.object({ id: z.uuid({ error: 'Not a record id' }) });
/** Path parameters of a record's part: `/:id/<child>/:childId`. */
export const childParams = (child: string) => z.object({ id: z.uuid({ error: 'Not a record id' }), [child]: z.uuid({ error: 'Not a record id' }) });
export const noContent = z.null().describe('Done');
// Reading is open to anyone: the access policy in each query decides what they get.
export const readPolicy = { policy: { access: 'public' } } as const;
// Writing needs a signed-in user; the use case asks the access policy about the record itself.
export const writePolicy = { policy: { access: 'signedIn' } } as const;

type Ops<Q, I, U, Out> = {
  list(deps: Deps, ctx: RequestContext, q: Q): Promise<{ items: Out[]; nextCursor: string | null; total?: number; totalCapped?: boolean }>;
  get(deps: Deps, ctx: RequestContext, id: string): Promise<Out>;
  create(deps: Deps, ctx: RequestContext, input: I): Promise<Out>;
  update(deps: Deps, ctx: RequestContext, id: string, input: U): Promise<Out>;
  setArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean): Promise<Out>;
};

/**
 * The standard routes of a classified collection: list, read, create,
 * partial update, archive and restore. Schemas on every route, so input is
 * validated and output is stripped to the declared fields.
 */
export function recordRoutes<QS extends z.ZodType, IS extends z.ZodType, US extends z.ZodType, OS extends z.ZodType>(
  app: Api,
  spec: {
    path: string;
    tag: string;
    noun: string;
    schemas: { listQuery: QS; list: z.ZodType; item: OS; input: IS; update: US };
    ops: Ops<z.output<QS>, z.output<IS>, z.output<US>, z.output<OS>>;
  },
) {
  const { path, tag, noun, schemas: s, ops } = spec;
  // Generic over the schemas, so typed loosely here; the schemas still validate and strip at run time.
  const r = app as unknown as FastifyInstance;
  type IdReq = { Params: { id: string } };
  r.get(path, {
    config: readPolicy,
    schema: { tags: [tag], summary: `List ${noun}s visible to you`, querystring: s.listQuery, response: { 200: s.list, ...errors } },
    handler: async (request) => ops.list(app.deps, request.ctx, request.query as z.output<QS>),
  });
  r.get<IdReq>(`${path}/:id`, {
    config: readPolicy,
    schema: { tags: [tag], summary: `Read one ${noun}`, params: idParams, response: { 200: s.item, ...errors } },
    handler: async (request) => ops.get(app.deps, request.ctx, request.params.id),
  });
  r.post(path, {
    config: writePolicy,
    schema: { tags: [tag], summary: `Create a ${noun}`, body: s.input, response: { 201: s.item, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await ops.create(app.deps, request.ctx, request.body as z.output<IS>)),
  });
  r.patch<IdReq>(`${path}/:id`, {
    config: writePolicy,
    schema: { tags: [tag], summary: `Change a ${noun} (only the fields sent)`, params: idParams, body: s.update, response: { 200: s.item, ...errors } },
    handler: async (request) => ops.update(app.deps, request.ctx, request.params.id, request.body as z.output<US>),
  });
  r.post<IdReq>(`${path}/:id/archive`, {
    config: writePolicy,
    schema: { tags: [tag], summary: `Archive a ${noun} (hidden from lists, can be restored)`, params: idParams, response: { 200: s.item, ...errors } },
    handler: async (request) => ops.setArchived(app.deps, request.ctx, request.params.id, true),
  });
  r.post<IdReq>(`${path}/:id/restore`, {
    config: writePolicy,
    schema: { tags: [tag], summary: `Restore an archived ${noun}`, params: idParams, response: { 200: s.item, ...errors } },
    handler: async (request) => ops.setArchived(app.deps, request.ctx, request.params.id, false),
  });
}
