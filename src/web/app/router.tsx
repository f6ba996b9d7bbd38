import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type ParsedLocation,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../../shared/auth.ts';
import { NotFoundPage, PageSkeleton } from '../components/PageStates.tsx';
import { parseAuditSearch } from '../features/audit/routes/audit-search.ts';
import { parseUsersSearch } from '../features/admin/routes/users-search.ts';
import { parseLoginSearch } from '../features/auth/routes/login-search.ts';
import { parseDelegationsSearch } from '../features/delegations/routes/delegations-search.ts';
import { parseOrganizationsSearch } from '../features/organizations/routes/organizations-search.ts';
import { parsePartiesSearch } from '../features/parties/routes/parties-search.ts';
import { parsePeopleSearch } from '../features/people/routes/people-search.ts';
import { ensureMe } from '../lib/auth.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { withAbility } from './guard.tsx';
import { RouteError } from './RouteError.tsx';
import { consultationsRoutes } from './consultations.routes.tsx';
import { meetingsRoutes } from './meetings.routes.tsx';
import { platformRoutes } from './platform.routes.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Pages that need a signed-in user send visitors to sign in first. */
async function requireUser({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const me = await ensureMe(context.queryClient);
  if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
}
const canEditDirectory = (me: Me) => me.abilities.editDirectory;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: async ({ context }) => {
    await ensureMe(context.queryClient);
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/organizations' });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: parseLoginSearch,
  component: lazyRouteComponent(() => import('../features/auth/routes/LoginPage.tsx'), 'LoginPage'),
});

// ---------- directory ----------
const organizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations',
  validateSearch: parseOrganizationsSearch,
  component: lazyRouteComponent(() => import('../features/organizations/routes/OrganizationsPage.tsx'), 'OrganizationsPage'),
});
const newOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, lazyRouteComponent(() => import('../features/organizations/routes/NewOrganizationPage.tsx'), 'NewOrganizationPage')),
});
const organizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$id',
  component: lazyRouteComponent(() => import('../features/organizations/routes/OrganizationPage.tsx'), 'OrganizationPage'),
});
const editOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$id/edit',
  beforeLoad: requireUser,
  component: lazyRouteComponent(() => import('../features/organizations/routes/EditOrganizationPage.tsx'), 'EditOrganizationPage'),
});

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: parsePeopleSearch,
  component: lazyRouteComponent(() => import('../features/people/routes/PeoplePage.tsx'), 'PeoplePage'),
});
const newPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, lazyRouteComponent(() => import('../features/people/routes/NewPersonPage.tsx'), 'NewPersonPage')),
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$id',
  component: lazyRouteComponent(() => import('../features/people/routes/PersonPage.tsx'), 'PersonPage'),
});
const editPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$id/edit',
  beforeLoad: requireUser,
  component: lazyRouteComponent(() => import('../features/people/routes/EditPersonPage.tsx'), 'EditPersonPage'),
});

const partiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties',
  validateSearch: parsePartiesSearch,
  component: lazyRouteComponent(() => import('../features/parties/routes/PartiesPage.tsx'), 'PartiesPage'),
});
const newPartyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, lazyRouteComponent(() => import('../features/parties/routes/NewPartyPage.tsx'), 'NewPartyPage')),
});
const partyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/$id',
  component: lazyRouteComponent(() => import('../features/parties/routes/PartyPage.tsx'), 'PartyPage'),
});
const editPartyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/$id/edit',
  beforeLoad: requireUser,
  component: lazyRouteComponent(() => import('../features/parties/routes/EditPartyPage.tsx'), 'EditPartyPage'),
});

const delegationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations',
  validateSearch: parseDelegationsSearch,
  component: lazyRouteComponent(() => import('../features/delegations/routes/DelegationsPage.tsx'), 'DelegationsPage'),
});
const newDelegationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, lazyRouteComponent(() => import('../features/delegations/routes/NewDelegationPage.tsx'), 'NewDelegationPage')),
});
const delegationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/$id',
  component: lazyRouteComponent(() => import('../features/delegations/routes/DelegationPage.tsx'), 'DelegationPage'),
});
const editDelegationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/$id/edit',
  beforeLoad: requireUser,
  component: lazyRouteComponent(() => import('../features/delegations/routes/EditDelegationPage.tsx'), 'EditDelegationPage'),
});

// ---------- audit and administration ----------
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  beforeLoad: requireUser,
  component: withAbility((me) => me.abilities.viewAudit, lazyRouteComponent(() => import('../features/audit/routes/AuditPage.tsx'), 'AuditPage')),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  validateSearch: parseUsersSearch,
  beforeLoad: requireUser,
  component: withAbility((me) => me.abilities.manageUsers, lazyRouteComponent(() => import('../features/admin/routes/UsersPage.tsx'), 'UsersPage')),
});
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users' });
  },
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  organizationsRoute,
  newOrganizationRoute,
  organizationRoute,
  editOrganizationRoute,
  peopleRoute,
  newPersonRoute,
  personRoute,
  editPersonRoute,
  partiesRoute,
  newPartyRoute,
  partyRoute,
  editPartyRoute,
  delegationsRoute,
  newDelegationRoute,
  delegationRoute,
  editDelegationRoute,
  auditRoute,
  adminRoute,
  usersRoute,
  ...platformRoutes(rootRoute, requireUser),
  ...meetingsRoutes(rootRoute),
  ...consultationsRoutes(rootRoute, requireUser),
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
