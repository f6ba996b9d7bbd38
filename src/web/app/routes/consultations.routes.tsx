// Routes of consultations among the permanent representatives: the list, a delegation's inbox, the positions matrix, one consultation, new and edit.
import { createRoute } from '@tanstack/react-router';
import { parseConsultationSearch, parseConsultationsSearch, parseMatrixSearch } from '../../features/consultations/routes/consultations-search.ts';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations',
  validateSearch: parseConsultationsSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/ConsultationsPage.tsx'), 'ConsultationsPage'),
});
const inbox = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations/inbox',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/InboxPage.tsx'), 'InboxPage'),
});
const matrix = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations/matrix',
  validateSearch: parseMatrixSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/MatrixPage.tsx'), 'MatrixPage'),
});
const create = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations/new',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/NewConsultationPage.tsx'), 'NewConsultationPage'),
});
const one = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations/$id',
  validateSearch: parseConsultationSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/ConsultationPage.tsx'), 'ConsultationPage'),
});
const edit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/consultations/$id/edit',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/consultations/routes/EditConsultationPage.tsx'), 'EditConsultationPage'),
});

export const consultationsRoutes = [list, inbox, matrix, create, one, edit] as const;
