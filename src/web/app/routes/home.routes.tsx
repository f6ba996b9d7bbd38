// Routes outside any module: the front door (which opens the directory) and the sign-in page.
import { createRoute, redirect } from '@tanstack/react-router';
import { parseLoginSearch } from '../../features/auth/routes/login-search.ts';
import { page, rootRoute } from './root.tsx';

const index = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/organizations' });
  },
});
const login = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: parseLoginSearch,
  component: page(() => import('../../features/auth/routes/LoginPage.tsx'), 'LoginPage'),
});

export const homeRoutes = [index, login] as const;
