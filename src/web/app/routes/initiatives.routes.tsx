// Routes of the initiatives module: the table, one initiative, new and edit; one fund; one plan of action.
import { createRoute } from '@tanstack/react-router';
import { parseInitiativesSearch } from '../../features/initiatives/routes/initiatives-search.ts';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: '/initiatives',
  validateSearch: parseInitiativesSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/InitiativesPage.tsx'), 'InitiativesPage'),
});
const create = createRoute({
  getParentRoute: () => rootRoute,
  path: '/initiatives/new',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/InitiativeFormPages.tsx'), 'NewInitiativePage'),
});
const one = createRoute({
  getParentRoute: () => rootRoute,
  path: '/initiatives/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/InitiativePage.tsx'), 'InitiativePage'),
});
const edit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/initiatives/$id/edit',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/InitiativeFormPages.tsx'), 'EditInitiativePage'),
});

const fund = createRoute({
  getParentRoute: () => rootRoute,
  path: '/funds/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/FundPage.tsx'), 'FundPage'),
});
const plan = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/initiatives/routes/PlanPage.tsx'), 'PlanPage'),
});

export const initiativesRoutes = [list, create, one, edit, fund, plan] as const;
