// Routes of the correspondence module: the register, a new item, one item.
import { createRoute } from '@tanstack/react-router';
import { parseCorrespondenceSearch } from '../../features/correspondence/routes/correspondence-search.ts';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: '/correspondence',
  validateSearch: parseCorrespondenceSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/correspondence/routes/CorrespondencePage.tsx'), 'CorrespondencePage'),
});
const create = createRoute({
  getParentRoute: () => rootRoute,
  path: '/correspondence/new',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/correspondence/routes/NewCorrespondencePage.tsx'), 'NewCorrespondencePage'),
});
const one = createRoute({
  getParentRoute: () => rootRoute,
  path: '/correspondence/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/correspondence/routes/CorrespondenceItemPage.tsx'), 'CorrespondenceItemPage'),
});

export const correspondenceRoutes = [list, create, one] as const;
