import { type AnyRootRoute, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { api } from '../lib/api-client.ts';
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
  // Links to one decision or action item (search hits, notifications) open it on its meeting.
  const toMeeting = (kind: 'decisions' | 'action-items', tab: 'decisions' | 'actions') =>
    createRoute({
      getParentRoute: () => root,
      path: `/${kind}/$id`,
      beforeLoad: async ({ params }: { params: { id: string } }) => {
        const record = await api.get<{ meetingId: string }>(`/api/${kind}/${encodeURIComponent(params.id)}`);
        throw redirect({ to: '/meetings/$id', params: { id: record.meetingId }, search: { tab } } as never);
      },
    });
  return [bodies, newBody, body, editBody, meeting, decisions, actionItems, toMeeting('decisions', 'decisions'), toMeeting('action-items', 'actions')] as const;
}
