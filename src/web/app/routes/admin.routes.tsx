// Routes of administration: accounts, failed background jobs and the e-mail outbox.
import { createRoute, redirect } from '@tanstack/react-router';
import type { Me } from '../../../shared/auth.ts';
import { parseUsersSearch } from '../../features/admin/routes/users-search.ts';
import { parseJobsSearch } from '../../features/admin-jobs/routes/jobs-search.ts';
import { withAbility } from './guard.tsx';
import { page, requireUser, rootRoute } from './root.tsx';

const isAdmin = (me: Me) => me.user.role === 'admin';

const admin = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users' });
  },
});
const users = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  validateSearch: parseUsersSearch,
  beforeLoad: requireUser,
  component: withAbility((me) => me.abilities.manageUsers, page(() => import('../../features/admin/routes/UsersPage.tsx'), 'UsersPage')),
});
const jobs = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/jobs',
  validateSearch: parseJobsSearch,
  beforeLoad: requireUser,
  component: withAbility(isAdmin, page(() => import('../../features/admin-jobs/routes/JobsPage.tsx'), 'JobsPage')),
});
const outbox = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/outbox',
  beforeLoad: requireUser,
  component: withAbility(isAdmin, page(() => import('../../features/admin-jobs/routes/OutboxPage.tsx'), 'OutboxPage')),
});

export const adminRoutes = [admin, users, jobs, outbox] as const;
