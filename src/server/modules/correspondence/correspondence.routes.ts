// Registers the correspondence module's routes: the register, status moves, dispatch, replies and threads, generated documents, series and templates.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import * as s from '../../../shared/correspondence.ts';
import { attachmentDisposition } from '../../platform/documents/documents.download.ts';
import type { Api } from '../../platform/http/types.ts';
import { errors, idParams, readPolicy, recordRoutes, writePolicy } from '../../platform/records/routes.ts';
import {
  correspondenceThread,
  createCorrespondence,
  getCorrespondence,
  searchCorrespondence,
  setCorrespondenceArchived,
  updateCorrespondence,
} from './correspondence.usecases.ts';
import { dispatchCorrespondence, listDispatches } from './dispatch.usecases.ts';
import { placeholdersOf, renderItem } from './generate.usecases.ts';
import { replyTo } from './reply.usecases.ts';
import { listSeries, setSeriesFormat } from './series.usecases.ts';
import { moveStatus } from './status.usecases.ts';
import { getTemplate, listTemplates, saveTemplateVersion } from './templates.usecases.ts';

const tags = ['correspondence'];
const mission = { policy: { access: 'roles', roles: ['admin', 'head', 'staff'] } } as const;
const langQuery = z.object({ lang: z.enum(s.TEMPLATE_LANGUAGES).optional() });
const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

const sendFile = (reply: FastifyReply, fileName: string, type: string, body: Buffer) =>
  reply.type(type).header('content-disposition', attachmentDisposition(fileName)).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(body);

export async function correspondenceRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/correspondence/series', {
    config: mission,
    schema: { tags, summary: 'The register’s series (outgoing, incoming) and their number formats', response: { 200: s.seriesListSchema, ...errors } },
    handler: async () => listSeries(deps),
  });
  app.put('/api/correspondence/series/:direction', {
    config: mission,
    schema: {
      tags,
      summary: 'Set a series’ number format, e.g. No. {n}/ASEAN/{yyyy} (the head or an administrator); numbers already given keep their codes',
      params: z.object({ direction: z.enum(s.CORRESPONDENCE_SERIES) }),
      body: s.seriesInputSchema,
      response: { 200: s.seriesListSchema, ...errors },
    },
    handler: async (request) => setSeriesFormat(deps, request.ctx, request.params.direction, request.body.format),
  });

  recordRoutes(app, {
    path: '/api/correspondence',
    tag: 'correspondence',
    noun: 'item of correspondence',
    schemas: { listQuery: s.correspondenceListQuerySchema, list: s.correspondenceListSchema, item: s.correspondenceSchema, input: s.correspondenceInputSchema, update: s.correspondenceUpdateSchema },
    ops: { list: searchCorrespondence, get: getCorrespondence, create: createCorrespondence, update: updateCorrespondence, setArchived: setCorrespondenceArchived },
  });

  app.post('/api/correspondence/:id/status', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Move an item: approve (the head), back to draft, assign, acknowledge, answer, file or cancel (the number stays in the register as cancelled)',
      params: idParams,
      body: s.statusMoveSchema,
      response: { 200: s.correspondenceSchema, ...errors },
    },
    handler: async (request) => moveStatus(deps, request.ctx, request.params.id, request.body),
  });
  app.post('/api/correspondence/:id/dispatch', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Dispatch an approved outgoing item: one e-mail per addressee with the PDF attached, or delivery by hand or courier; 409 before the head’s approval',
      params: idParams,
      body: s.dispatchInputSchema,
      response: { 200: s.correspondenceSchema, ...errors },
    },
    handler: async (request) => dispatchCorrespondence(deps, request.ctx, request.params.id, request.body),
  });
  app.get('/api/correspondence/:id/dispatches', {
    config: readPolicy,
    schema: { tags, summary: 'Every dispatch of an item', params: idParams, response: { 200: z.object({ items: z.array(s.dispatchSchema) }), ...errors } },
    handler: async (request) => listDispatches(deps, request.ctx, request.params.id),
  });
  app.post('/api/correspondence/:id/reply', {
    config: writePolicy,
    schema: { tags, summary: 'Register the incoming answer to an item, or draft an outgoing reply to an incoming one', params: idParams, body: s.replyInputSchema, response: { 201: s.correspondenceSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await replyTo(deps, request.ctx, request.params.id, request.body)),
  });
  app.get('/api/correspondence/:id/thread', {
    config: readPolicy,
    schema: { tags, summary: 'The exchange the item belongs to, in order (what you may see of it)', params: idParams, response: { 200: s.threadSchema, ...errors } },
    handler: async (request) => correspondenceThread(deps, request.ctx, request.params.id),
  });
  app.get('/api/correspondence/:id/versions', {
    config: readPolicy,
    schema: { tags, summary: 'The generated documents of the item: PDF and DOCX in each template language', params: idParams, response: { 200: s.versionsSchema, ...errors } },
    handler: async (request) => {
      await getCorrespondence(deps, request.ctx, request.params.id);
      const items = s.TEMPLATE_LANGUAGES.flatMap((language) =>
        (['pdf', 'docx'] as const).map((format) => ({ language, format, path: `/api/correspondence/${request.params.id}/document.${format}?lang=${language}` })),
      );
      return { items };
    },
  });
  for (const format of ['pdf', 'docx'] as const) {
    app.get(`/api/correspondence/:id/document.${format}`, {
      config: readPolicy,
      schema: { tags, summary: `The note as ${format.toUpperCase()}: letterhead, register number, the template’s formulas, place and date, the seal’s place`, params: idParams, querystring: langQuery, response: errors },
      handler: async (request, reply) => {
        const { body, fileName } = await renderItem(deps, request.ctx, request.params.id, format, request.query.lang);
        return sendFile(reply, fileName, MIME[format], body);
      },
    });
  }
  app.get('/api/correspondence/:id/placeholders', {
    config: readPolicy,
    schema: { tags, summary: 'The template’s formulas as filled for this item', params: idParams, response: { 200: s.templatePreviewSchema, ...errors } },
    handler: async (request) => placeholdersOf(deps, request.ctx, request.params.id),
  });

  app.get('/api/templates', {
    config: mission,
    schema: { tags, summary: 'Templates of notes verbales and letters: the current version of each (every version with all=true)', querystring: s.templateListQuerySchema, response: { 200: s.templateListSchema, ...errors } },
    handler: async (request) => listTemplates(deps, request.ctx, request.query.all === 'true'),
  });
  app.get('/api/templates/:id', {
    config: mission,
    schema: { tags, summary: 'One version of a template', params: idParams, response: { 200: s.templateSchema, ...errors } },
    handler: async (request) => getTemplate(deps, request.ctx, request.params.id),
  });
  app.post('/api/templates', {
    config: mission,
    schema: { tags, summary: 'Save a template as its next version (the head or an administrator)', body: s.templateInputSchema, response: { 201: s.templateSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await saveTemplateVersion(deps, request.ctx, request.body)),
  });
}
