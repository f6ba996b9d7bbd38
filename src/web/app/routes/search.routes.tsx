// Route of the search results page (the search dialog itself lives in the page header).
import { createRoute } from '@tanstack/react-router';
import { parseSearchPageSearch } from '../../features/search/routes/search-search.ts';
import { page, rootRoute } from './root.tsx';

const search = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: parseSearchPageSearch,
  component: page(() => import('../../features/search/routes/SearchPage.tsx'), 'SearchPage'),
});

export const searchRoutes = [search] as const;
