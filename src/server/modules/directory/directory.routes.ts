// The directory's routes: the standard record routes for parties, organisations, people and delegations.
import * as s from '../../../shared/directory.ts';
import type { Api } from '../../platform/http/types.ts';
import { createDelegation, getDelegation, searchDelegations, setDelegationArchived, updateDelegation } from './delegations.usecases.ts';
import { createOrganization, getOrganization, searchOrganizations, setOrganizationArchived, updateOrganization } from './organizations.usecases.ts';
import { createParty, getParty, searchParties, setPartyArchived, updateParty } from './parties.usecases.ts';
import { createPerson, getPerson, searchPeople, setPersonArchived, updatePerson } from './people.usecases.ts';
import { recordRoutes } from '../../platform/records/routes.ts';

export async function directoryRoutes(app: Api) {
  recordRoutes(app, {
    path: '/api/organizations',
    tag: 'directory',
    noun: 'organisation',
    schemas: { listQuery: s.organizationListQuerySchema, list: s.organizationListSchema, item: s.organizationSchema, input: s.organizationInputSchema, update: s.organizationUpdateSchema },
    ops: { list: searchOrganizations, get: getOrganization, create: createOrganization, update: updateOrganization, setArchived: setOrganizationArchived },
  });
  recordRoutes(app, {
    path: '/api/people',
    tag: 'directory',
    noun: 'person',
    schemas: { listQuery: s.personListQuerySchema, list: s.personListSchema, item: s.personSchema, input: s.personInputSchema, update: s.personUpdateSchema },
    ops: { list: searchPeople, get: getPerson, create: createPerson, update: updatePerson, setArchived: setPersonArchived },
  });
  recordRoutes(app, {
    path: '/api/parties',
    tag: 'directory',
    noun: 'party',
    schemas: { listQuery: s.partyListQuerySchema, list: s.partyListSchema, item: s.partySchema, input: s.partyInputSchema, update: s.partyUpdateSchema },
    ops: { list: searchParties, get: getParty, create: createParty, update: updateParty, setArchived: setPartyArchived },
  });
  recordRoutes(app, {
    path: '/api/delegations',
    tag: 'directory',
    noun: 'delegation',
    schemas: { listQuery: s.delegationListQuerySchema, list: s.delegationListSchema, item: s.delegationSchema, input: s.delegationInputSchema, update: s.delegationUpdateSchema },
    ops: { list: searchDelegations, get: getDelegation, create: createDelegation, update: updateDelegation, setArchived: setDelegationArchived },
  });
}
