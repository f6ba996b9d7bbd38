// Route of one document's page (documents are otherwise shown on the record they are attached to).
import { createRoute } from '@tanstack/react-router';
import { page, rootRoute } from './root.tsx';

const document = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$id',
  component: page(() => import('../../features/documents/routes/DocumentPage.tsx'), 'DocumentPage'),
});

export const documentsRoutes = [document] as const;
