// Routes of a meeting's agenda, matters arising, attendance, minutes and the record export.
import * as s from '../../../shared/meetings.ts';
import type { Api } from '../../platform/http/types.ts';
import { addAgendaItem, listAgenda, removeAgendaItem, reorderAgenda, updateAgendaItem } from './agenda.usecases.ts';
import { getAttendance, saveAttendance } from './attendance.usecases.ts';
import { carryMattersArising, getMattersArising } from './matters-arising.usecases.ts';
import { getMinutes, issueCorrigendum, listMinuteRevisions, saveMinutes } from './minutes.usecases.ts';
import { childParams, errors, idParams, noContent, readPolicy, writePolicy } from '../../platform/records/routes.ts';

const tags = ['meetings'];
const itemParams = childParams('itemId');

/** A meeting's agenda, matters arising, attendance and minutes: visible with the meeting, written by the mission until the record is approved. */
export async function meetingPartsRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/meetings/:id/agenda-items', {
    config: readPolicy,
    schema: { tags, summary: 'The agenda in order, with each item’s minutes', params: idParams, response: { 200: s.agendaListSchema, ...errors } },
    handler: async (request) => listAgenda(deps, request.ctx, request.params.id),
  });
  app.post('/api/meetings/:id/agenda-items', {
    config: writePolicy,
    schema: { tags, summary: 'Add an item at the end of the agenda', params: idParams, body: s.agendaItemInputSchema, response: { 201: s.agendaItemSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addAgendaItem(deps, request.ctx, request.params.id, request.body)),
  });
  app.put('/api/meetings/:id/agenda-items/order', {
    config: writePolicy,
    schema: { tags, summary: 'Reorder the agenda: every item id, once, in the new order', params: idParams, body: s.agendaOrderSchema, response: { 200: s.agendaListSchema, ...errors } },
    handler: async (request) => reorderAgenda(deps, request.ctx, request.params.id, request.body.ids),
  });
  app.patch('/api/meetings/:id/agenda-items/:itemId', {
    config: writePolicy,
    schema: { tags, summary: 'Change an agenda item (only the fields sent)', params: itemParams, body: s.agendaItemUpdateSchema, response: { 200: s.agendaItemSchema, ...errors } },
    handler: async (request) => updateAgendaItem(deps, request.ctx, request.params.id, request.params.itemId as string, request.body),
  });
  app.delete('/api/meetings/:id/agenda-items/:itemId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove an agenda item and its minutes', params: itemParams, response: { 204: noContent, ...errors } },
    handler: async (request, reply) => {
      await removeAgendaItem(deps, request.ctx, request.params.id, request.params.itemId as string);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/meetings/:id/matters-arising', {
    config: readPolicy,
    schema: { tags, summary: 'Open action items and decisions in force from earlier meetings of the body, not yet on this agenda', params: idParams, response: { 200: s.mattersArisingSchema, ...errors } },
    handler: async (request) => getMattersArising(deps, request.ctx, request.params.id),
  });
  app.post('/api/meetings/:id/matters-arising', {
    config: writePolicy,
    schema: { tags, summary: 'Carry matters arising over onto the agenda', params: idParams, body: s.mattersArisingCarrySchema, response: { 200: s.agendaListSchema, ...errors } },
    handler: async (request) => carryMattersArising(deps, request.ctx, request.params.id, request.body),
  });

  app.get('/api/meetings/:id/attendance', {
    config: readPolicy,
    schema: { tags, summary: 'Attendance by delegation: a row for every member party, then other participants', params: idParams, response: { 200: s.attendanceSchema, ...errors } },
    handler: async (request) => getAttendance(deps, request.ctx, request.params.id),
  });
  app.put('/api/meetings/:id/attendance', {
    config: writePolicy,
    schema: { tags, summary: 'Record attendance for the whole meeting (member parties; observers as other participants)', params: idParams, body: s.attendanceInputSchema, response: { 200: s.attendanceSchema, ...errors } },
    handler: async (request) => saveAttendance(deps, request.ctx, request.params.id, request.body),
  });

  app.get('/api/meetings/:id/agenda-items/:itemId/minutes', {
    config: readPolicy,
    schema: { tags, summary: 'The minutes of an agenda item and their version', params: itemParams, response: { 200: s.minutesSchema, ...errors } },
    handler: async (request) => getMinutes(deps, request.ctx, request.params.id, request.params.itemId as string),
  });
  app.put('/api/meetings/:id/agenda-items/:itemId/minutes', {
    config: writePolicy,
    schema: { tags, summary: 'Save the minutes of an agenda item (rich text, sanitised); refused with 409 if baseVersion is stale', params: itemParams, body: s.minutesInputSchema, response: { 200: s.minutesSchema, ...errors } },
    handler: async (request) => saveMinutes(deps, request.ctx, request.params.id, request.params.itemId as string, request.body),
  });
  app.post('/api/meetings/:id/agenda-items/:itemId/minutes/corrigendum', {
    config: writePolicy,
    schema: { tags, summary: 'Correct the minutes of an approved record, with the reason (recorded and audited)', params: itemParams, body: s.corrigendumInputSchema, response: { 200: s.minutesSchema, ...errors } },
    handler: async (request) => issueCorrigendum(deps, request.ctx, request.params.id, request.params.itemId as string, request.body),
  });
  app.get('/api/meetings/:id/agenda-items/:itemId/minutes/revisions', {
    config: readPolicy,
    schema: { tags, summary: 'Every saved version of the minutes of an item, newest first, with who and when', params: itemParams, response: { 200: s.minuteRevisionListSchema, ...errors } },
    handler: async (request) => listMinuteRevisions(deps, request.ctx, request.params.id, request.params.itemId as string),
  });
}
