// Routes of consultations, their versions and redlines, acknowledgements, the thread and the positions matrix.
import { z } from 'zod';
import { uuidSchema } from '../../../shared/common.ts';
import * as s from '../../../shared/consultations.ts';
import type { Api } from '../../platform/http/types.ts';
import { recordRoutes } from '../../platform/records/routes.ts';
import { childParams, errors, idParams, noContent, readPolicy, writePolicy } from '../../platform/records/routes.ts';
import { acknowledgeVersion } from './acknowledgements.usecases.ts';
import { addComment, listComments } from './comments.usecases.ts';
import { createConsultation, getConsultation, setConsultationArchived, updateConsultation } from './consultations.usecases.ts';
import { listConsultations } from './consultations.list.ts';
import { positionsMatrix } from './matrix.usecases.ts';
import { listMentionable } from './mentions.ts';
import { getRedline } from './redline.ts';
import { circulateVersion, createVersion, getVersion, listVersions, updateVersion } from './versions.usecases.ts';

const tags = ['consultations'];
const versionParams = childParams('versionId');
const acknowledgementSchema = s.versionSchema.shape.acknowledgements.element;
const mentionableQuery = z.object({
  /** `true`: only those who may read a mission-only note (the mission's people). */
  missionOnly: z.enum(['true', 'false']).optional(),
  /** The version the comment is on, if any: a version not yet circulated is the mission's. */
  versionId: uuidSchema.optional(),
});

/** Consultations, versions and redlines, acknowledgements, the thread and the positions matrix. */
export async function coreRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/consultations/matrix', {
    config: readPolicy,
    schema: {
      tags,
      summary: 'Positions matrix: consultations of a view × the parties on their lists (hidden where you may not see a party’s position)',
      querystring: s.matrixQuerySchema,
      response: { 200: s.matrixSchema, ...errors },
    },
    handler: async (request) => positionsMatrix(deps, request.ctx, request.query),
  });
  recordRoutes(app, {
    path: '/api/consultations',
    tag: 'consultations',
    noun: 'consultation',
    schemas: { listQuery: s.consultationListQuerySchema, list: s.consultationListSchema, item: s.consultationSchema, input: s.consultationInputSchema, update: s.consultationUpdateSchema },
    ops: { list: listConsultations, get: getConsultation, create: createConsultation, update: updateConsultation, setArchived: setConsultationArchived },
  });

  app.get('/api/consultations/:id/versions', {
    config: readPolicy,
    schema: { tags, summary: 'Versions of the text, oldest first, without the text (delegations see circulated versions only)', params: idParams, response: { 200: s.versionListSchema, ...errors } },
    handler: async (request) => listVersions(deps, request.ctx, request.params.id),
  });
  app.post('/api/consultations/:id/versions', {
    config: writePolicy,
    schema: { tags, summary: 'Start a new draft version (a copy of the latest text unless content is sent); one draft at a time; mission only', params: idParams, body: s.versionInputSchema, response: { 201: s.versionSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await createVersion(deps, request.ctx, request.params.id, request.body)),
  });
  app.get('/api/consultations/:id/versions/:versionId', {
    config: readPolicy,
    schema: { tags, summary: 'One version with its text and the acknowledgements you may see', params: versionParams, response: { 200: s.versionSchema, ...errors } },
    handler: async (request) => getVersion(deps, request.ctx, request.params.id, request.params.versionId),
  });
  app.patch('/api/consultations/:id/versions/:versionId', {
    config: writePolicy,
    schema: { tags, summary: 'Edit a draft version; a circulated version never changes (409 version.circulated)', params: versionParams, body: s.versionUpdateSchema, response: { 200: s.versionSchema, ...errors } },
    handler: async (request) => updateVersion(deps, request.ctx, request.params.id, request.params.versionId, request.body),
  });
  app.post('/api/consultations/:id/versions/:versionId/circulate', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Circulate a draft version to the distribution list (opens a draft consultation and shares it with the list; notifies the delegations); mission only',
      params: versionParams,
      response: { 200: s.versionSchema, ...errors },
    },
    handler: async (request) => circulateVersion(deps, request.ctx, request.params.id, request.params.versionId),
  });
  app.post('/api/consultations/:id/versions/:versionId/acknowledge', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Record that your delegation has opened this circulated version (first time only; later calls answer the first). Mission users and liaison officers: 204, nothing recorded',
      params: versionParams,
      response: { 200: acknowledgementSchema, 204: noContent, ...errors },
    },
    handler: async (request, reply) => {
      const ack = await acknowledgeVersion(deps, request.ctx, request.params.id, request.params.versionId);
      return ack ? ack : reply.code(204).send(null);
    },
  });
  app.get('/api/consultations/:id/redline', {
    config: readPolicy,
    schema: { tags, summary: 'Word-level redline between two versions you may see', params: idParams, querystring: s.redlineQuerySchema, response: { 200: s.redlineSchema, ...errors } },
    handler: async (request) => getRedline(deps, request.ctx, request.params.id, request.query.from, request.query.to),
  });
  app.get('/api/consultations/:id/comments', {
    config: readPolicy,
    schema: { tags, summary: 'The thread, oldest first (optionally of one version); mission-only notes are shown to the mission only', params: idParams, querystring: s.commentListQuerySchema, response: { 200: s.commentListSchema, ...errors } },
    handler: async (request) => listComments(deps, request.ctx, request.params.id, request.query),
  });
  app.post('/api/consultations/:id/comments', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Write in the thread (anyone who sees the consultation, while it is not archived); mentioned users must be able to see the comment and are notified',
      params: idParams,
      body: s.commentInputSchema,
      response: { 201: s.commentSchema, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(await addComment(deps, request.ctx, request.params.id, request.body)),
  });
  app.get('/api/consultations/:id/mentionable', {
    config: readPolicy,
    schema: { tags, summary: 'People who may be mentioned in the part of the thread being written: those who can see it (a mission-only note with missionOnly=true, a comment on a version with versionId) and whom the writer may address', params: idParams, querystring: mentionableQuery, response: { 200: s.mentionCandidatesSchema, ...errors } },
    handler: async (request) => listMentionable(deps, request.ctx, request.params.id, { missionOnly: request.query.missionOnly === 'true', versionId: request.query.versionId }),
  });
}
