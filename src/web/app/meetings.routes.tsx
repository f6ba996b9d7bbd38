import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseActionItemsSearch, parseBodiesSearch, parseDecisionsSearch, parseMeetingSearch } from '../features/meetings/routes/bodies-search.ts';

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazyRouteComponent(load, name);

/** Bodies, meetings, the decisions register and action items. */
export function meetingsRoutes<TRoot extends AnyRootRoute>(root: TRoot) {
  const bodies = createRoute({
    getParentRoute: () => root,
    path: '/bodies',
    validateSearch: parseBodiesSearch,
    component: page(() => import('../features/meetings/routes/BodiesPage.tsx'), 'BodiesPage'),
  });
  const newBody = createRoute({
    getParentRoute: () => root,
    path: '/bodies/new',
    component: page(() => import('../features/meetings/routes/BodyFormPages.tsx'), 'NewBodyPage'),
  });
  const body = createRoute({
    getParentRoute: () => root,
    path: '/bodies/$id',
    component: page(() => import('../features/meetings/routes/BodyPage.tsx'), 'BodyPage'),
  });
  const editBody = createRoute({
    getParentRoute: () => root,
    path: '/bodies/$id/edit',
    component: page(() => import('../features/meetings/routes/BodyFormPages.tsx'), 'EditBodyPage'),
  });
  const meeting = createRoute({
    getParentRoute: () => root,
    path: '/meetings/$id',
    validateSearch: parseMeetingSearch,
    component: page(() => import('../features/meetings/routes/MeetingPage.tsx'), 'MeetingPage'),
  });
  const decisions = createRoute({
    getParentRoute: () => root,
    path: '/decisions',
    validateSearch: parseDecisionsSearch,
    component: page(() => import('../features/meetings/routes/DecisionsPage.tsx'), 'DecisionsPage'),
  });
  const actionItems = createRoute({
    getParentRoute: () => root,
    path: '/action-items',
    validateSearch: parseActionItemsSearch,
    component: page(() => import('../features/meetings/routes/ActionItemsPage.tsx'), 'ActionItemsPage'),
  });
  return [bodies, newBody, body, editBody, meeting, decisions, actionItems] as const;
}
