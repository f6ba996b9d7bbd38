// Who may see and do what on correspondence: the register is the mission's; a delegate sees only what is addressed to (or comes from) their party; the head approves.
import type { ClassifiedRecord, ResourcePolicy } from '../../platform/access/policy.ts';
import { isMission } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

/**
 * Correspondence is kept by the mission. It is never public: an item is
 * `mission` (the default), `restricted`, or `shared` with the parties among
 * its correspondents only (the addressees' parties and the sender's), so a
 * delegate sees exactly the items addressed to, or sent by, their party.
 * Addressees, dispatches and the thread are parts of an item and follow it.
 */
export const correspondenceResource: ResourcePolicy = { type: 'correspondence', externalContributors: false };

/** Only the head of mission approves an outgoing item for dispatch. */
export const mayApprove = (ctx: RequestContext) => ctx.system || ctx.viewer?.role === 'head';

/** Templates are data the head or an administrator keeps; every mission member reads them. */
export const mayEditTemplates = (ctx: RequestContext) => ctx.system || ctx.viewer?.role === 'head' || ctx.viewer?.role === 'admin';
export const mayReadTemplates = (ctx: RequestContext) => ctx.system || isMission(ctx.viewer?.role);

/** The parties an item may be shared with: those among its correspondents. */
export function correspondentParties(item: { senderPartyCode?: string | null; addressees: { partyCode?: string | null }[] }): string[] {
  return [...new Set([item.senderPartyCode, ...item.addressees.map((a) => a.partyCode)].filter((p): p is string => !!p))];
}

/** Is `access` shared with no party beyond the correspondents? */
export const sharedWithinCorrespondents = (access: ClassifiedRecord, parties: string[]) => access.sharedParties.every((p) => parties.includes(p));
