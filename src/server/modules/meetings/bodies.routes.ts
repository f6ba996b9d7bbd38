// Routes of bodies: their health, coordinators and chairs over time, and work plans.
import * as s from '../../../shared/meetings.ts';
import type { Api } from '../../platform/http/types.ts';
import { recordRoutes } from '../../platform/records/routes.ts';
import { bodiesHealth, createBody, getBody, searchBodies, setBodyArchived, updateBody } from './bodies.usecases.ts';
import { addCoordinator, listCoordinators, removeCoordinator, updateCoordinator } from './coordinators.usecases.ts';
import { childParams, errors, idParams, noContent, readPolicy, writePolicy } from '../../platform/records/routes.ts';
import { addWorkPlanLine, listWorkPlan, removeWorkPlanLine, updateWorkPlanLine } from './work-plan.usecases.ts';

const tags = ['meetings'];
const coordinatorParams = childParams('coordinatorId');
const lineParams = childParams('lineId');

export async function bodiesRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/bodies/health', {
    config: readPolicy,
    schema: { tags, summary: 'Mechanisms health: every active body visible to you with last meeting, next due date and state, most pressing first', response: { 200: s.bodyHealthListSchema, ...errors } },
    handler: async (request) => bodiesHealth(deps, request.ctx),
  });
  recordRoutes(app, {
    path: '/api/bodies',
    tag: 'meetings',
    noun: 'body',
    schemas: { listQuery: s.bodyListQuerySchema, list: s.bodyListSchema, item: s.bodySchema, input: s.bodyInputSchema, update: s.bodyUpdateSchema },
    ops: { list: searchBodies, get: getBody, create: createBody, update: updateBody, setArchived: setBodyArchived },
  });

  app.get('/api/bodies/:id/coordinators', {
    config: readPolicy,
    schema: { tags, summary: 'Coordinators and chairs of a body over time, who is in office, who is next in rotation', params: idParams, response: { 200: s.coordinatorListSchema, ...errors } },
    handler: async (request) => listCoordinators(deps, request.ctx, request.params.id),
  });
  app.post('/api/bodies/:id/coordinators', {
    config: writePolicy,
    schema: { tags, summary: 'Add a coordinator’s or chair’s term', params: idParams, body: s.coordinatorInputSchema, response: { 201: s.coordinatorListSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addCoordinator(deps, request.ctx, request.params.id, request.body)),
  });
  app.patch('/api/bodies/:id/coordinators/:coordinatorId', {
    config: writePolicy,
    schema: { tags, summary: 'Change a term (only the fields sent)', params: coordinatorParams, body: s.coordinatorUpdateSchema, response: { 200: s.coordinatorListSchema, ...errors } },
    handler: async (request) => updateCoordinator(deps, request.ctx, request.params.id, request.params.coordinatorId as string, request.body),
  });
  app.delete('/api/bodies/:id/coordinators/:coordinatorId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove a term entered by mistake', params: coordinatorParams, response: { 200: s.coordinatorListSchema, ...errors } },
    handler: async (request) => removeCoordinator(deps, request.ctx, request.params.id, request.params.coordinatorId as string),
  });

  app.get('/api/bodies/:id/work-plan', {
    config: readPolicy,
    schema: { tags, summary: 'The body’s work plan lines, by code', params: idParams, response: { 200: s.workPlanListSchema, ...errors } },
    handler: async (request) => listWorkPlan(deps, request.ctx, request.params.id),
  });
  app.post('/api/bodies/:id/work-plan', {
    config: writePolicy,
    schema: { tags, summary: 'Add a work plan line (its code is unique within the body)', params: idParams, body: s.workPlanLineInputSchema, response: { 201: s.workPlanLineSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addWorkPlanLine(deps, request.ctx, request.params.id, request.body)),
  });
  app.patch('/api/bodies/:id/work-plan/:lineId', {
    config: writePolicy,
    schema: { tags, summary: 'Change a work plan line (only the fields sent)', params: lineParams, body: s.workPlanLineUpdateSchema, response: { 200: s.workPlanLineSchema, ...errors } },
    handler: async (request) => updateWorkPlanLine(deps, request.ctx, request.params.id, request.params.lineId as string, request.body),
  });
  app.delete('/api/bodies/:id/work-plan/:lineId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove a work plan line', params: lineParams, response: { 204: noContent, ...errors } },
    handler: async (request, reply) => {
      await removeWorkPlanLine(deps, request.ctx, request.params.id, request.params.lineId as string);
      return reply.code(204).send(null);
    },
  });
}
