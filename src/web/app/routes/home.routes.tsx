// Routes outside any module: the front door (Today for the signed-in, the directory for visitors) and the sign-in page.
import { createRoute, redirect } from '@tanstack/react-router';
import { parseLoginSearch } from '../../features/auth/routes/login-search.ts';
import { ensureMe } from '../../lib/auth.ts';
import { signedInPage } from './guard.tsx';
import { page, rootRoute } from './root.tsx';

const index = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // Visitors see the directory's public records; everyone signed in starts on their day.
  beforeLoad: async ({ context }) => {
    if (!(await ensureMe(context.queryClient))) throw redirect({ to: '/organizations' });
  },
  component: signedInPage(() => import('../../features/today/routes/TodayPage.tsx'), 'TodayPage'),
});
const login = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: parseLoginSearch,
  component: page(() => import('../../features/auth/routes/LoginPage.tsx'), 'LoginPage'),
});

export const homeRoutes = [index, login] as const;
