// Registers the liaison module's routes: liaison requests and their steps, agreements, focal points and the relationship graph.
import * as s from '../../../shared/liaison.ts';
import type { Api } from '../../platform/http/types.ts';
import { errors, idParams, readPolicy, recordRoutes, writePolicy } from '../../platform/records/routes.ts';
import { createAgreement, getAgreement, listAgreements, setAgreementArchived, updateAgreement } from './agreements.usecases.ts';
import { createFocalPoint, getFocalPoint, listFocalPoints, lookupFocalPoint, setFocalPointArchived, updateFocalPoint } from './focal-points.usecases.ts';
import { relationshipGraph } from './graph.usecases.ts';
import { createLiaisonRequest, getLiaisonRequest, listLiaisonRequests, setLiaisonRequestArchived, updateLiaisonRequest } from './requests.usecases.ts';
import { addStep, listSteps } from './steps.usecases.ts';

const tags = ['liaison'];

export async function liaisonRoutes(app: Api) {
  const { deps } = app;
  recordRoutes(app, {
    path: '/api/liaison-requests',
    tag: 'liaison',
    noun: 'liaison request',
    schemas: { listQuery: s.liaisonRequestListQuerySchema, list: s.liaisonRequestListSchema, item: s.liaisonRequestSchema, input: s.liaisonRequestInputSchema, update: s.liaisonRequestUpdateSchema },
    ops: { list: listLiaisonRequests, get: getLiaisonRequest, create: createLiaisonRequest, update: updateLiaisonRequest, setArchived: setLiaisonRequestArchived },
  });
  app.get('/api/liaison-requests/:id/steps', {
    config: readPolicy,
    schema: { tags, summary: 'The steps of a liaison request: each dated, with who did what and any move of its status', params: idParams, response: { 200: s.stepListSchema, ...errors } },
    handler: async (request) => listSteps(deps, request.ctx, request.params.id),
  });
  app.post('/api/liaison-requests/:id/steps', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Add a step, optionally moving the status forward (the mission, or a liaison officer of one of the two organisations); a move backwards answers 409',
      params: idParams,
      body: s.stepInputSchema,
      response: { 201: s.stepListSchema, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(await addStep(deps, request.ctx, request.params.id, request.body)),
  });

  recordRoutes(app, {
    path: '/api/agreements',
    tag: 'liaison',
    noun: 'agreement',
    schemas: { listQuery: s.agreementListQuerySchema, list: s.agreementListSchema, item: s.agreementSchema, input: s.agreementInputSchema, update: s.agreementUpdateSchema },
    ops: { list: listAgreements, get: getAgreement, create: createAgreement, update: updateAgreement, setArchived: setAgreementArchived },
  });

  app.get('/api/focal-points/lookup', {
    config: readPolicy,
    schema: { tags, summary: 'Who do I call at an organisation about an area: its current focal points for that area, vacant ones flagged and last', querystring: s.focalLookupQuerySchema, response: { 200: s.focalLookupSchema, ...errors } },
    handler: async (request) => lookupFocalPoint(deps, request.ctx, request.query),
  });
  recordRoutes(app, {
    path: '/api/focal-points',
    tag: 'liaison',
    noun: 'focal point',
    schemas: { listQuery: s.focalPointListQuerySchema, list: s.focalPointListSchema, item: s.focalPointSchema, input: s.focalPointInputSchema, update: s.focalPointUpdateSchema },
    ops: { list: listFocalPoints, get: getFocalPoint, create: createFocalPoint, update: updateFocalPoint, setArchived: setFocalPointArchived },
  });

  app.get('/api/relationship-graph', {
    config: readPolicy,
    schema: { tags, summary: 'Organisations as nodes, agreements and liaison requests as edges: only what you may see, filtered by area, status and year', querystring: s.graphQuerySchema, response: { 200: s.graphSchema, ...errors } },
    handler: async (request) => relationshipGraph(deps, request.ctx, request.query),
  });
}
