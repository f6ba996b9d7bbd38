// Route of the signed-in user's notifications and delivery preferences.
import { createRoute } from '@tanstack/react-router';
import { parseNotificationsSearch } from '../../features/notifications/routes/notifications-search.ts';
import { page, requireUser, rootRoute } from './root.tsx';

const notifications = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  validateSearch: parseNotificationsSearch,
  beforeLoad: requireUser,
  component: page(() => import('../../features/notifications/routes/NotificationsPage.tsx'), 'NotificationsPage'),
});

export const notificationsRoutes = [notifications] as const;
