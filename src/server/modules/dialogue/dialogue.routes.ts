// Registers the dialogue module's routes: engagements (with follow-ups, timelines and the counterpart view) and the gift register with its yearly report.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import * as s from '../../../shared/dialogue.ts';
import { attachmentDisposition } from '../../platform/documents/documents.download.ts';
import type { Api } from '../../platform/http/types.ts';
import { errors, idParams, readPolicy, recordRoutes, writePolicy } from '../../platform/records/routes.ts';
import { counterpartView } from './counterparts.usecases.ts';
import { addEngagementFollowUps, createEngagement, getEngagement, searchEngagements, setEngagementArchived, updateEngagement } from './engagements.usecases.ts';
import { giftReportCsv, giftReportPdf } from './gifts.report.ts';
import { createGift, getGift, moveGiftCustody, searchGifts, setGiftArchived, updateGift } from './gifts.usecases.ts';

const tags = ['dialogue'];

/** A generated file, downloaded rather than shown, never kept by a shared cache. */
const sendFile = (reply: FastifyReply, fileName: string, type: string, body: string | Buffer) =>
  reply.type(type).header('content-disposition', attachmentDisposition(fileName)).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(body);

export async function dialogueRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/engagements/counterparts', {
    config: readPolicy,
    schema: { tags, summary: 'The counterpart view of an organisation or a party: their officials, who of ours met them, the last contact, contacts this year, open follow-ups', querystring: s.counterpartQuerySchema, response: { 200: s.counterpartViewSchema, ...errors } },
    handler: async (request) => counterpartView(deps, request.ctx, request.query),
  });
  recordRoutes(app, {
    path: '/api/engagements',
    tag: 'dialogue',
    noun: 'engagement',
    schemas: { listQuery: s.engagementListQuerySchema, list: s.engagementListSchema, item: s.engagementSchema, input: s.engagementInputSchema, update: s.engagementUpdateSchema },
    ops: { list: searchEngagements, get: getEngagement, create: createEngagement, update: updateEngagement, setArchived: setEngagementArchived },
  });
  app.post('/api/engagements/:id/follow-ups', {
    config: writePolicy,
    schema: { tags, summary: 'Add follow-ups (action items with owner, due date and reminders) to an engagement', params: idParams, body: z.object({ followUps: z.array(s.followUpInputSchema).min(1).max(50) }), response: { 201: s.engagementSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addEngagementFollowUps(deps, request.ctx, request.params.id, request.body.followUps)),
  });

  app.get('/api/gifts/report.csv', {
    config: readPolicy,
    schema: { tags, summary: 'The yearly gift report as CSV (the gifts you may see), in English or Russian', querystring: s.giftReportQuerySchema, response: errors },
    handler: async (request, reply) => sendFile(reply, `gifts-${request.query.year}.csv`, 'text/csv; charset=utf-8', await giftReportCsv(deps, request.ctx, request.query)),
  });
  app.get('/api/gifts/report.pdf', {
    config: readPolicy,
    schema: { tags, summary: 'The yearly gift report as PDF (the gifts you may see), in English or Russian', querystring: s.giftReportQuerySchema, response: errors },
    handler: async (request, reply) => sendFile(reply, `gifts-${request.query.year}.pdf`, 'application/pdf', await giftReportPdf(deps, request.ctx, request.query)),
  });
  recordRoutes(app, {
    path: '/api/gifts',
    tag: 'dialogue',
    noun: 'gift',
    schemas: { listQuery: s.giftListQuerySchema, list: s.giftListSchema, item: s.giftSchema, input: s.giftInputSchema, update: s.giftUpdateSchema },
    ops: { list: searchGifts, get: getGift, create: createGift, update: updateGift, setArchived: setGiftArchived },
  });
  app.post('/api/gifts/:id/custody', {
    config: writePolicy,
    schema: { tags, summary: 'Move a gift in custody (on display, deposited, transferred, returned …); the move is kept in its history', params: idParams, body: s.custodyChangeInputSchema, response: { 200: s.giftSchema, ...errors } },
    handler: async (request) => moveGiftCustody(deps, request.ctx, request.params.id, request.body),
  });
}
