// Routes of the liaison module: requests (table and board), one request, agreements, one agreement, focal points, the relationship graph.
import { createRoute } from '@tanstack/react-router';
import { parseGraphSearch } from '../../features/liaison/routes/graph-search.ts';
import { parseRequestsSearch } from '../../features/liaison/routes/requests-search.ts';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const requests = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/requests',
  validateSearch: parseRequestsSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/RequestsPage.tsx'), 'RequestsPage'),
});
const request = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/requests/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/RequestPage.tsx'), 'RequestPage'),
});
const agreements = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/agreements',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/AgreementsPage.tsx'), 'AgreementsPage'),
});
const agreement = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/agreements/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/AgreementPage.tsx'), 'AgreementPage'),
});
const focalPoints = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/focal-points',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/FocalPointsPage.tsx'), 'FocalPointsPage'),
});

const graph = createRoute({
  getParentRoute: () => rootRoute,
  path: '/liaison/graph',
  validateSearch: parseGraphSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/liaison/routes/GraphPage.tsx'), 'GraphPage'),
});

export const liaisonRoutes = [requests, request, agreements, agreement, focalPoints, graph] as const;
