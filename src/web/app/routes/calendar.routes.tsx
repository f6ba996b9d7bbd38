// Route of the calendar (month, week and agenda views).
import { createRoute } from '@tanstack/react-router';
import { parseCalendarSearch } from '../../features/calendar/routes/calendar-search.ts';
import { page, rootRoute } from './root.tsx';

const calendar = createRoute({
  getParentRoute: () => rootRoute,
  path: '/calendar',
  validateSearch: parseCalendarSearch,
  component: page(() => import('../../features/calendar/routes/CalendarPage.tsx'), 'CalendarPage'),
});

export const calendarRoutes = [calendar] as const;
