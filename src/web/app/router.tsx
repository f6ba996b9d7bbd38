// The route tree: each area's routes (app/routes/<area>.routes.tsx) under the root, and the router built from them.
import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { NotFoundPage, PageSkeleton } from '../components/PageStates.tsx';
import { RouteError } from './RouteError.tsx';
import { accountRoutes } from './routes/account.routes.tsx';
import { adminRoutes } from './routes/admin.routes.tsx';
import { auditRoutes } from './routes/audit.routes.tsx';
import { calendarRoutes } from './routes/calendar.routes.tsx';
import { consultationsRoutes } from './routes/consultations.routes.tsx';
import { directoryRoutes } from './routes/directory.routes.tsx';
import { documentsRoutes } from './routes/documents.routes.tsx';
import { eventsRoutes } from './routes/events.routes.tsx';
import { homeRoutes } from './routes/home.routes.tsx';
import { initiativesRoutes } from './routes/initiatives.routes.tsx';
import { liaisonRoutes } from './routes/liaison.routes.tsx';
import { correspondenceRoutes } from './routes/correspondence.routes.tsx';
import { dialogueRoutes } from './routes/dialogue.routes.tsx';
import { meetingsRoutes } from './routes/meetings.routes.tsx';
import { notificationsRoutes } from './routes/notifications.routes.tsx';
import { rootRoute } from './routes/root.tsx';
import { searchRoutes } from './routes/search.routes.tsx';

// One line per area; the order does not matter (paths are matched by specificity).
const routeTree = rootRoute.addChildren([
  ...homeRoutes,
  ...directoryRoutes,
  ...meetingsRoutes,
  ...consultationsRoutes,
  ...initiativesRoutes,
  ...liaisonRoutes,
  ...eventsRoutes,
  ...correspondenceRoutes,
  ...dialogueRoutes,
  ...calendarRoutes,
  ...searchRoutes,
  ...documentsRoutes,
  ...notificationsRoutes,
  ...accountRoutes,
  ...auditRoutes,
  ...adminRoutes,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PageSkeleton,
    // Keep the previous page on screen for quick transitions; a skeleton only for slow ones.
    defaultPendingMs: 600,
    defaultPendingMinMs: 200,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
