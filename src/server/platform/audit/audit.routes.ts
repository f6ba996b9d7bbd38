// The audit log route for administrators and the head of mission.
import { auditListSchema, auditQuerySchema } from '../../../shared/admin.ts';
import { problemSchema } from '../../../shared/common.ts';
import type { Api } from '../http/types.ts';
import { listAudit } from './audit.usecases.ts';

export async function auditRoutes(app: Api) {
  app.get('/api/audit', {
    config: { policy: { access: 'roles', roles: ['admin', 'head'] } },
    schema: {
      tags: ['audit'],
      summary: 'Browse the audit trail',
      querystring: auditQuerySchema,
      response: { 200: auditListSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
    },
    handler: async (request) => listAudit(app.deps, request.ctx, request.query),
  });
}
