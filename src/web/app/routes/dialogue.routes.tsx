// Routes of the dialogue module: the engagement log and timelines, one engagement, logging one; the gift register, one gift, recording one.
import { createRoute } from '@tanstack/react-router';
import { parseEngagementsSearch, parseGiftsSearch } from '../../features/dialogue/routes/dialogue-search.ts';
import { signedInPage } from './guard.tsx';
import { requireUser, rootRoute } from './root.tsx';

const engagements = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/engagements',
  validateSearch: parseEngagementsSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/EngagementsPage.tsx'), 'EngagementsPage'),
});
const newEngagement = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/engagements/new',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/NewEngagementPage.tsx'), 'NewEngagementPage'),
});
const engagement = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/engagements/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/EngagementPage.tsx'), 'EngagementPage'),
});
const gifts = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/gifts',
  validateSearch: parseGiftsSearch,
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/GiftsPage.tsx'), 'GiftsPage'),
});
const newGift = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/gifts/new',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/NewGiftPage.tsx'), 'NewGiftPage'),
});
const gift = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dialogue/gifts/$id',
  beforeLoad: requireUser,
  component: signedInPage(() => import('../../features/dialogue/routes/GiftPage.tsx'), 'GiftPage'),
});

export const dialogueRoutes = [engagements, newEngagement, engagement, gifts, newGift, gift] as const;
