// Routes of the decisions register and action items, per meeting and across all meetings.
import * as s from '../../../shared/meetings.ts';
import type { Api } from '../../platform/http/types.ts';
import { createActionItem, getActionItem, listMeetingActionItems, searchActionItems, updateActionItem } from './action-items.usecases.ts';
import { createDecision, getDecision, listMeetingDecisions, searchDecisions, updateDecision } from './decisions.usecases.ts';
import { errors, idParams, readPolicy, writePolicy } from '../../platform/records/routes.ts';

const tags = ['meetings'];

/** The decisions register and action items: per meeting, and across all meetings. */
export async function registersRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/meetings/:id/decisions', {
    config: readPolicy,
    schema: { tags, summary: 'Decisions of a meeting, by number', params: idParams, response: { 200: s.decisionListSchema, ...errors } },
    handler: async (request) => listMeetingDecisions(deps, request.ctx, request.params.id),
  });
  app.post('/api/meetings/:id/decisions', {
    config: writePolicy,
    schema: { tags, summary: 'Record a decision; it is numbered <prefix>-<meeting number>/D<n>. `supersedesId` replaces an in-force decision of the body', params: idParams, body: s.decisionInputSchema, response: { 201: s.decisionSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await createDecision(deps, request.ctx, request.params.id, request.body)),
  });
  app.get('/api/decisions', {
    config: readPolicy,
    schema: { tags, summary: 'The decisions register across all meetings and bodies visible to you', querystring: s.decisionListQuerySchema, response: { 200: s.decisionListSchema, ...errors } },
    handler: async (request) => searchDecisions(deps, request.ctx, request.query),
  });
  app.get('/api/decisions/:id', {
    config: readPolicy,
    schema: { tags, summary: 'Read one decision', params: idParams, response: { 200: s.decisionSchema, ...errors } },
    handler: async (request) => getDecision(deps, request.ctx, request.params.id),
  });
  app.patch('/api/decisions/:id', {
    config: writePolicy,
    schema: { tags, summary: 'Change a decision’s text, agenda item or links (before the record is approved)', params: idParams, body: s.decisionUpdateSchema, response: { 200: s.decisionSchema, ...errors } },
    handler: async (request) => updateDecision(deps, request.ctx, request.params.id, request.body),
  });

  app.get('/api/meetings/:id/action-items', {
    config: readPolicy,
    schema: { tags, summary: 'Action items of a meeting', params: idParams, response: { 200: s.actionItemListSchema, ...errors } },
    handler: async (request) => listMeetingActionItems(deps, request.ctx, request.params.id),
  });
  app.post('/api/meetings/:id/action-items', {
    config: writePolicy,
    schema: { tags, summary: 'Record an action item with its owner and due date', params: idParams, body: s.actionItemInputSchema, response: { 201: s.actionItemSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await createActionItem(deps, request.ctx, request.params.id, request.body)),
  });
  app.get('/api/action-items', {
    config: readPolicy,
    schema: { tags, summary: 'Action items visible to you; `mine=true`: those owned by your party, organisation or yourself', querystring: s.actionItemListQuerySchema, response: { 200: s.actionItemListSchema, ...errors } },
    handler: async (request) => searchActionItems(deps, request.ctx, request.query),
  });
  app.get('/api/action-items/:id', {
    config: readPolicy,
    schema: { tags, summary: 'Read one action item', params: idParams, response: { 200: s.actionItemSchema, ...errors } },
    handler: async (request) => getActionItem(deps, request.ctx, request.params.id),
  });
  app.patch('/api/action-items/:id', {
    config: writePolicy,
    schema: { tags, summary: 'Change an action item (only its status once the record is approved)', params: idParams, body: s.actionItemUpdateSchema, response: { 200: s.actionItemSchema, ...errors } },
    handler: async (request) => updateActionItem(deps, request.ctx, request.params.id, request.body),
  });
}
