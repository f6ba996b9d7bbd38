// Routes of the directory: organisations, people, parties and delegations (list, new, one record, edit).
import { createRoute } from '@tanstack/react-router';
import type { Me } from '../../../shared/auth.ts';
import { parseDelegationsSearch } from '../../features/delegations/routes/delegations-search.ts';
import { parseOrganizationsSearch } from '../../features/organizations/routes/organizations-search.ts';
import { parsePartiesSearch } from '../../features/parties/routes/parties-search.ts';
import { parsePeopleSearch } from '../../features/people/routes/people-search.ts';
import { withAbility } from './guard.tsx';
import { page, requireUser, rootRoute } from './root.tsx';

const canEditDirectory = (me: Me) => me.abilities.editDirectory;

const organizations = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations',
  validateSearch: parseOrganizationsSearch,
  component: page(() => import('../../features/organizations/routes/OrganizationsPage.tsx'), 'OrganizationsPage'),
});
const newOrganization = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, page(() => import('../../features/organizations/routes/NewOrganizationPage.tsx'), 'NewOrganizationPage')),
});
const organization = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$id',
  component: page(() => import('../../features/organizations/routes/OrganizationPage.tsx'), 'OrganizationPage'),
});
const editOrganization = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$id/edit',
  beforeLoad: requireUser,
  component: page(() => import('../../features/organizations/routes/EditOrganizationPage.tsx'), 'EditOrganizationPage'),
});

const people = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: parsePeopleSearch,
  component: page(() => import('../../features/people/routes/PeoplePage.tsx'), 'PeoplePage'),
});
const newPerson = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, page(() => import('../../features/people/routes/NewPersonPage.tsx'), 'NewPersonPage')),
});
const person = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$id',
  component: page(() => import('../../features/people/routes/PersonPage.tsx'), 'PersonPage'),
});
const editPerson = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$id/edit',
  beforeLoad: requireUser,
  component: page(() => import('../../features/people/routes/EditPersonPage.tsx'), 'EditPersonPage'),
});

const parties = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties',
  validateSearch: parsePartiesSearch,
  component: page(() => import('../../features/parties/routes/PartiesPage.tsx'), 'PartiesPage'),
});
const newParty = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, page(() => import('../../features/parties/routes/NewPartyPage.tsx'), 'NewPartyPage')),
});
const party = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/$id',
  component: page(() => import('../../features/parties/routes/PartyPage.tsx'), 'PartyPage'),
});
const editParty = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parties/$id/edit',
  beforeLoad: requireUser,
  component: page(() => import('../../features/parties/routes/EditPartyPage.tsx'), 'EditPartyPage'),
});

const delegations = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations',
  validateSearch: parseDelegationsSearch,
  component: page(() => import('../../features/delegations/routes/DelegationsPage.tsx'), 'DelegationsPage'),
});
const newDelegation = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/new',
  beforeLoad: requireUser,
  component: withAbility(canEditDirectory, page(() => import('../../features/delegations/routes/NewDelegationPage.tsx'), 'NewDelegationPage')),
});
const delegation = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/$id',
  component: page(() => import('../../features/delegations/routes/DelegationPage.tsx'), 'DelegationPage'),
});
const editDelegation = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delegations/$id/edit',
  beforeLoad: requireUser,
  component: page(() => import('../../features/delegations/routes/EditDelegationPage.tsx'), 'EditDelegationPage'),
});

export const directoryRoutes = [
  organizations,
  newOrganization,
  organization,
  editOrganization,
  people,
  newPerson,
  person,
  editPerson,
  parties,
  newParty,
  party,
  editParty,
  delegations,
  newDelegation,
  delegation,
  editDelegation,
] as const;
