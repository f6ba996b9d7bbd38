// Who may see and do what on agreements, focal points and liaison requests; a liaison officer's scope is the access policy's own.
import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * A liaison request belongs to its two organisations: when shared (the
 * default) its access is `organizationScopedAccess` of the requesting and the
 * target organisation, kept so by a CHECK, so the access policy lets exactly
 * their liaison officers see it — in lists, search, calendar, notifications and
 * exports alike. They may add a step and move the status forward (`step`),
 * nothing else; its internal notes are the mission's only (`readsMissionOnly`).
 */
export const liaisonRequestResource: ResourcePolicy = { type: 'liaison_request', externalContributors: false, externalActs: ['step'] };
/** Agreements and focal points are kept by the mission; others read what is shared with them. */
export const agreementResource: ResourcePolicy = { type: 'agreement', externalContributors: false };
export const focalPointResource: ResourcePolicy = { type: 'focal_point', externalContributors: false };
