// Route of the signed-in user's account security: the second factor, sessions and password.
import { createRoute } from '@tanstack/react-router';
import { page, requireUser, rootRoute } from './root.tsx';

const accountSecurity = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account/security',
  beforeLoad: requireUser,
  component: page(() => import('../../features/account/routes/AccountSecurityPage.tsx'), 'AccountSecurityPage'),
});

export const accountRoutes = [accountSecurity] as const;
