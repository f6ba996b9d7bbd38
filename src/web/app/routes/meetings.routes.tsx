// Routes of the meetings module: bodies, one meeting, the decisions register, action items, and links to one decision or action item.
import { createRoute, redirect } from '@tanstack/react-router';
import { parseActionItemsSearch, parseBodiesSearch, parseDecisionsSearch, parseMeetingSearch } from '../../features/meetings/routes/bodies-search.ts';
import { api } from '../../lib/api-client.ts';
import { page, rootRoute } from './root.tsx';

const bodies = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bodies',
  validateSearch: parseBodiesSearch,
  component: page(() => import('../../features/meetings/routes/BodiesPage.tsx'), 'BodiesPage'),
});
const newBody = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bodies/new',
  component: page(() => import('../../features/meetings/routes/BodyFormPages.tsx'), 'NewBodyPage'),
});
const body = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bodies/$id',
  component: page(() => import('../../features/meetings/routes/BodyPage.tsx'), 'BodyPage'),
});
const editBody = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bodies/$id/edit',
  component: page(() => import('../../features/meetings/routes/BodyFormPages.tsx'), 'EditBodyPage'),
});
const meeting = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id',
  validateSearch: parseMeetingSearch,
  component: page(() => import('../../features/meetings/routes/MeetingPage.tsx'), 'MeetingPage'),
});
const decisions = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions',
  validateSearch: parseDecisionsSearch,
  component: page(() => import('../../features/meetings/routes/DecisionsPage.tsx'), 'DecisionsPage'),
});
const actionItems = createRoute({
  getParentRoute: () => rootRoute,
  path: '/action-items',
  validateSearch: parseActionItemsSearch,
  component: page(() => import('../../features/meetings/routes/ActionItemsPage.tsx'), 'ActionItemsPage'),
});

// Links to one decision or action item (search hits, notifications) open it on its meeting.
const toMeeting = (kind: 'decisions' | 'action-items', tab: 'decisions' | 'actions') =>
  createRoute({
    getParentRoute: () => rootRoute,
    path: `/${kind}/$id`,
    beforeLoad: async ({ params }: { params: { id: string } }) => {
      const record = await api.get<{ meetingId: string | null; subjectType?: string | null; subjectId?: string | null }>(`/api/${kind}/${encodeURIComponent(params.id)}`);
      // A follow-up of an engagement opens on the engagement.
      if (!record.meetingId && record.subjectType === 'engagement' && record.subjectId) throw redirect({ href: `/dialogue/engagements/${encodeURIComponent(record.subjectId)}` });
      throw redirect({ to: '/meetings/$id', params: { id: record.meetingId }, search: { tab } } as never);
    },
  });

export const meetingsRoutes = [bodies, newBody, body, editBody, meeting, decisions, actionItems, toMeeting('decisions', 'decisions'), toMeeting('action-items', 'actions')] as const;
