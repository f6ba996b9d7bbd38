// Route of the audit trail, for those who may read it.
import { createRoute } from '@tanstack/react-router';
import { parseAuditSearch } from '../../features/audit/routes/audit-search.ts';
import { withAbility } from './guard.tsx';
import { page, requireUser, rootRoute } from './root.tsx';

const audit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  beforeLoad: requireUser,
  component: withAbility((me) => me.abilities.viewAudit, page(() => import('../../features/audit/routes/AuditPage.tsx'), 'AuditPage')),
});

export const auditRoutes = [audit] as const;
