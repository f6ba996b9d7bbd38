// Routes of the events module: the events table (the public page itself is served by the server at /public/events).
import { createRoute } from '@tanstack/react-router';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/events/routes/EventsPage.tsx'), 'EventsPage'),
});

export const eventsRoutes = [list] as const;
