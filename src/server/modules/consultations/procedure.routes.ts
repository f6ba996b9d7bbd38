// Routes of positions, the silence procedure, withdrawal and the timeline of a consultation.
import * as s from '../../../shared/consultations.ts';
import type { Api } from '../../platform/http/types.ts';
import { errors, idParams, readPolicy, writePolicy } from '../../platform/records/routes.ts';
import { getPositions, setPosition } from './positions.usecases.ts';
import { actOnSilence } from './silence.usecases.ts';
import { getTimeline } from './timeline.usecases.ts';
import { withdrawConsultation } from './withdraw.usecases.ts';
// Registered at start: the jobs that decide at deadlines and remind before them, and the notices they send.

const tags = ['consultations'];

/** Positions, the silence procedure, withdrawal and the timeline. */
export async function procedureRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/consultations/:id/positions', {
    config: readPolicy,
    schema: {
      tags,
      summary: 'Each listed party’s current position (hidden ones under mission-only visibility) and the history you may see, newest first',
      params: idParams,
      response: { 200: s.positionsSchema, ...errors },
    },
    handler: async (request) => getPositions(deps, request.ctx, request.params.id),
  });
  app.put('/api/consultations/:id/positions', {
    config: writePolicy,
    schema: {
      tags,
      summary:
        'Set your delegation’s position (the mission may record one for a listed party with partyCode). An objection or amendment breaks a running silence procedure at once; full consent adopts a consensus text at once',
      params: idParams,
      body: s.positionInputSchema,
      response: { 200: s.positionSchema, ...errors },
    },
    handler: async (request) => setPosition(deps, request.ctx, request.params.id, request.body),
  });
  app.post('/api/consultations/:id/silence', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'The chair’s acts on the silence procedure: launch (on a circulated version, with an expiry instant and zone), extend, or withdraw; mission only',
      params: idParams,
      body: s.silenceActionSchema,
      response: { 200: s.consultationSchema, ...errors },
    },
    handler: async (request) => actOnSilence(deps, request.ctx, request.params.id, request.body),
  });
  app.post('/api/consultations/:id/withdraw', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Withdraw the consultation altogether (with any running silence procedure); mission only; not once decided',
      params: idParams,
      body: s.consultationWithdrawSchema,
      response: { 200: s.consultationSchema, ...errors },
    },
    handler: async (request) => withdrawConsultation(deps, request.ctx, request.params.id, request.body),
  });
  app.get('/api/consultations/:id/timeline', {
    config: readPolicy,
    schema: { tags, summary: 'What happened to the consultation, oldest first, as far as you may see it', params: idParams, response: { 200: s.timelineSchema, ...errors } },
    handler: async (request) => getTimeline(deps, request.ctx, request.params.id),
  });
}
