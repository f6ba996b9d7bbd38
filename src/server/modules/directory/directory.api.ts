// The directory's face: what other modules may use — reference checks and names read through the caller's access.
export { checkOrganizations, checkPartyCodes, checkPeople } from './directory.references.ts';
export { type PostRef, postsAt } from './posts.refs.ts';
export { type OrganizationRef, type PartyRef, type PersonRef, type PostOnDate, organizationRefs, partyRefs, personRefs, postHistory, postsOnDate } from './directory.refs.ts';
/** The demo sign-in accounts (one per role), for the entry points that load the demo and print them. */
export { accounts as demoAccounts } from './demo/accounts.data.ts';
