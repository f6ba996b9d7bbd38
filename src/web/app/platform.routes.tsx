import { type AnyRootRoute, createRoute, lazyRouteComponent, type ParsedLocation } from '@tanstack/react-router';
import type { Me } from '../../shared/auth.ts';
import { parseJobsSearch } from '../features/admin-jobs/routes/jobs-search.ts';
import { parseCalendarSearch } from '../features/calendar/routes/calendar-search.ts';
import { parseNotificationsSearch } from '../features/notifications/routes/notifications-search.ts';
import { parseSearchPageSearch } from '../features/search/routes/search-search.ts';
import { withAbility } from './guard.tsx';
import type { RouterContext } from './router.tsx';

const isAdmin = (me: Me) => me.user.role === 'admin';

/**
 * Search, the calendar, notifications, and the administrators' jobs and outbox.
 * `requireUser` sends visitors to sign in first.
 */
export function platformRoutes<TRoot extends AnyRootRoute>(
  root: TRoot,
  requireUser: (options: { context: RouterContext; location: ParsedLocation }) => Promise<void>,
) {
  // The root route carries the router's context; a generic root does not say so.
  const signedIn = ({ context, location }: { context: unknown; location: ParsedLocation }) => requireUser({ context: context as RouterContext, location });
  const search = createRoute({
    getParentRoute: () => root,
    path: '/search',
    validateSearch: parseSearchPageSearch,
    component: lazyRouteComponent(() => import('../features/search/routes/SearchPage.tsx'), 'SearchPage'),
  });
  const document = createRoute({
    getParentRoute: () => root,
    path: '/documents/$id',
    component: lazyRouteComponent(() => import('../features/documents/routes/DocumentPage.tsx'), 'DocumentPage'),
  });
  const calendar = createRoute({
    getParentRoute: () => root,
    path: '/calendar',
    validateSearch: parseCalendarSearch,
    component: lazyRouteComponent(() => import('../features/calendar/routes/CalendarPage.tsx'), 'CalendarPage'),
  });
  const notifications = createRoute({
    getParentRoute: () => root,
    path: '/notifications',
    validateSearch: parseNotificationsSearch,
    beforeLoad: signedIn,
    component: lazyRouteComponent(() => import('../features/notifications/routes/NotificationsPage.tsx'), 'NotificationsPage'),
  });
  const jobs = createRoute({
    getParentRoute: () => root,
    path: '/admin/jobs',
    validateSearch: parseJobsSearch,
    beforeLoad: signedIn,
    component: withAbility(isAdmin, lazyRouteComponent(() => import('../features/admin-jobs/routes/JobsPage.tsx'), 'JobsPage')),
  });
  const outbox = createRoute({
    getParentRoute: () => root,
    path: '/admin/outbox',
    beforeLoad: signedIn,
    component: withAbility(isAdmin, lazyRouteComponent(() => import('../features/admin-jobs/routes/OutboxPage.tsx'), 'OutboxPage')),
  });
  return [search, document, calendar, notifications, jobs, outbox] as const;
}
