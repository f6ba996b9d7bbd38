// Who may see and do what on initiatives, funds and plans of action; an initiative's parts follow the initiative.
import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * Initiatives, funds and plans of action are kept by the mission: a delegation
 * reads those shared with its party but does not write them. Sectors, stage
 * history, participants, budgets, transactions and milestones are parts of an
 * initiative and follow its classification (every read joins the initiative
 * through `visibleTo`, every write locks it through `withRecordForWrite`).
 * Action lines follow their plan. Money of a fund is summed only over the
 * initiatives the reader may see.
 */
export const initiativeResource: ResourcePolicy = { type: 'initiative', externalContributors: false };
export const fundResource: ResourcePolicy = { type: 'fund', externalContributors: false };
export const planResource: ResourcePolicy = { type: 'plan', externalContributors: false };
