// Registers the meetings module's routes: bodies, meetings, their parts and the registers.
import type { FastifyReply } from 'fastify';
import * as s from '../../../shared/meetings.ts';
import type { Api } from '../../platform/http/types.ts';
import { attachmentDisposition } from '../../platform/documents/documents.download.ts';
import { recordRoutes } from '../../platform/records/routes.ts';
import { bodiesRoutes } from './bodies.routes.ts';
import { exportMeetingRecord } from './export/export.usecases.ts';
import { meetingPartsRoutes } from './meeting-parts.routes.ts';
import { changeMeetingStatus } from './meetings.status.ts';
import { createMeeting, getMeeting, searchMeetings, setMeetingArchived, updateMeeting } from './meetings.usecases.ts';
import { registersRoutes } from './registers.routes.ts';
import { errors, idParams, readPolicy, writePolicy } from '../../platform/records/routes.ts';

const tags = ['meetings'];

/** Bodies, meetings and everything recorded at them. */
export async function meetingsRoutes(app: Api) {
  const { deps } = app;
  await bodiesRoutes(app);
  recordRoutes(app, {
    path: '/api/meetings',
    tag: 'meetings',
    noun: 'meeting',
    schemas: { listQuery: s.meetingListQuerySchema, list: s.meetingListSchema, item: s.meetingSchema, input: s.meetingInputSchema, update: s.meetingUpdateSchema },
    ops: { list: searchMeetings, get: getMeeting, create: createMeeting, update: updateMeeting, setArchived: setMeetingArchived },
  });
  app.post('/api/meetings/:id/status', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Move a meeting along: planned → convened → concluded → record_approved (head of mission only, locks the record); planned or convened → cancelled',
      params: idParams,
      body: s.meetingStatusChangeSchema,
      response: { 200: s.meetingSchema, ...errors },
    },
    handler: async (request) => {
      await changeMeetingStatus(deps, request.ctx, request.params.id, request.body.status);
      return getMeeting(deps, request.ctx, request.params.id);
    },
  });
  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/api/meetings/:id/export.${format}`, {
      config: readPolicy,
      schema: { tags, summary: `The meeting record (agenda, attendance, minutes, decisions, action items) as ${format.toUpperCase()}, in English or Russian`, params: idParams, querystring: s.exportQuerySchema, response: errors },
      handler: async (request, reply) => {
        const file = await exportMeetingRecord(deps, request.ctx, request.params.id, format, request.query.lang);
        return sendFile(reply, file);
      },
    });
  }
  await meetingPartsRoutes(app);
  await registersRoutes(app);
}

/** A generated file, downloaded rather than shown. */
function sendFile(reply: FastifyReply, file: { body: Buffer; fileName: string; contentType: string }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}
